"""Reading an article aloud (issue 28): speakable text with offsets (:mod:`.text`), Urdu
numbers (:mod:`.numbers`), the engine interface (:mod:`.engine`), espeak-ng through its
library (:mod:`.espeak`), Speech Dispatcher (:mod:`.speechd`), playing through a player
process (:mod:`.player`) and writing a WAV (:mod:`.wav`). Never imports Qt."""
