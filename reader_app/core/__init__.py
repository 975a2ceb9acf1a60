"""Qt-free heart of the reader: library, Urdu text, index, search and export layout."""
