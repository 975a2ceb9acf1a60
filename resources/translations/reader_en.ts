<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Urdu Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reader for Urdu news articles: right-to-left Nastaliq text, search that understands how Urdu is typed, and PDF export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts: Noto Nastaliq Urdu, Noto Naskh Arabic and Noto Sans, © Google and the Noto project authors, used under the SIL Open Font License 1.1 (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Add Folder to Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;This Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Artic&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-index Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library &amp;Folders (Remove, Rescan)…</source>
        <translation>Library &amp;Folders (Remove, Rescan)…</translation>
    </message>
    <message>
        <source>&amp;Dataset Columns…</source>
        <translation>&amp;Dataset Columns…</translation>
    </message>
    <message>
        <source>&amp;Cancel Indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skipped Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Urdu Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark This Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Highlight or Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Rea&amp;d or Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Reading Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lis&amp;ten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nastaliq (Noto Nastaliq Urdu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naskh (Noto Naskh Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight in &amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line S&amp;pacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>File date: %1 (the article gives no date of its own)</source>
        <translation>File date: %1 (the article gives no date of its own)</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Published %1</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file date %1</source>
        <translation>file date %1</translation>
    </message>
    <message>
        <source>%1, unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2% read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, item %2</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>Also in:</translation>
    </message>
    <message>
        <source>  and %1 more</source>
        <translation>  and %1 more</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>The article&apos;s headline (or its first sentence)</source>
        <translation>The article&apos;s headline (or its first sentence)</translation>
    </message>
    <message>
        <source>The site or dataset the article comes from</source>
        <translation>The site or dataset the article comes from</translation>
    </message>
    <message>
        <source>When the article was published; in italics, the file&apos;s date where the article gives none</source>
        <translation>When the article was published; in italics, the file&apos;s date where the article gives none</translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleViewer</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article from the list, or search for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this article (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file date %1</source>
        <translation>file date %1</translation>
    </message>
    <message>
        <source>Open in the web browser</source>
        <translation>Open in the web browser</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>rebuilding %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--column needs the files or folders it applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the library&apos;s folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>%1 articles indexed (%2 added, %3 updated, %4 removed, %5 unchanged, %6 skipped) in %7; library: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--column %1: write it as FIELD=COLUMN, e.g. text=&quot;News Text&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--column %1: unknown field %2; the fields are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index is sound: %1 articles, %2 files checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index is damaged. Run &apos;reader-app index&apos; to repair it: the articles are read again from the library&apos;s folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search failed: %1 (the index may be damaged: run &apos;reader-app verify&apos;, then &apos;reader-app index&apos; to repair it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing results for %1 · Search instead for %2</source>
        <translation type="unfinished">Showing results for %1 · Search instead for %2</translation>
    </message>
    <message>
        <source>%1 articles match %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also searched: %1</source>
        <translation type="unfinished">Also searched: %1</translation>
    </message>
    <message>
        <source>Did you mean: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved column names cannot be read (%1); the columns are found by their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quote is empty: give the words to highlight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist: there is no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added note %1 to %2, characters %3–%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes shown; %2 of all notes are orphaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 notes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no voice %1; the voices are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1: %2 seconds, %3 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of Urdu Reader is running but did not answer within %1 seconds; this one opens a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window cannot open; use the subcommands (index, search, verify, export, notes: reader-app --help), or set QT_QPA_PLATFORM=offscreen to run the window without a screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Dataset Columns</source>
        <translation>Dataset Columns</translation>
    </message>
    <message>
        <source>Which column of %1 holds what? The text is needed; the rest is optional.</source>
        <translation>Which column of %1 holds what? The text is needed; the rest is optional.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>The index is still being opened.</source>
        <translation>The index is still being opened.</translation>
    </message>
    <message>
        <source>Another copy of the reader is updating the index; waiting for it to finish…</source>
        <translation>Another copy of the reader is updating the index; waiting for it to finish…</translation>
    </message>
    <message>
        <source>Another copy of the reader has been updating the index in {folder} for over {minutes} minute; nothing was changed. Try again when it has finished.</source>
        <translation>Another copy of the reader has been updating the index in {folder} for over {minutes} minute; nothing was changed. Try again when it has finished.</translation>
    </message>
    <message>
        <source>Another copy of the reader has been updating the index in {folder} for over {minutes} minutes; nothing was changed. Try again when it has finished.</source>
        <translation>Another copy of the reader has been updating the index in {folder} for over {minutes} minutes; nothing was changed. Try again when it has finished.</translation>
    </message>
    <message>
        <source>The library&apos;s folder list {file} cannot be read ({error}); add the folders again.</source>
        <translation>The library&apos;s folder list {file} cannot be read ({error}); add the folders again.</translation>
    </message>
    <message>
        <source>The index in {folder} cannot be opened just now: {why}. Nothing was deleted; try again in a moment.</source>
        <translation>The index in {folder} cannot be opened just now: {why}. Nothing was deleted; try again in a moment.</translation>
    </message>
    <message>
        <source>the index folder {folder} cannot be created ({error})</source>
        <translation>the index folder {folder} cannot be created ({error})</translation>
    </message>
    <message>
        <source>The index is damaged: {problem}. Run &apos;reader-app index&apos; to repair it: the articles are read again from the library&apos;s folders.</source>
        <translation>The index is damaged: {problem}. Run &apos;reader-app index&apos; to repair it: the articles are read again from the library&apos;s folders.</translation>
    </message>
    <message>
        <source>the index was damaged ({problem})</source>
        <translation>the index was damaged ({problem})</translation>
    </message>
    <message>
        <source>Opening the index was cancelled.</source>
        <translation>Opening the index was cancelled.</translation>
    </message>
    <message>
        <source>The index folder {folder} is read-only: searching works, but new or changed articles are not indexed.</source>
        <translation>The index folder {folder} is read-only: searching works, but new or changed articles are not indexed.</translation>
    </message>
    <message>
        <source>{file} is missing</source>
        <translation>{file} is missing</translation>
    </message>
    <message>
        <source>the index is from another version</source>
        <translation>the index is from another version</translation>
    </message>
    <message>
        <source>the index&apos;s table of contents was missing</source>
        <translation>the index&apos;s table of contents was missing</translation>
    </message>
    <message>
        <source>the index folder {folder} is read-only</source>
        <translation>the index folder {folder} is read-only</translation>
    </message>
    <message>
        <source>the index cannot be written in {folder} ({error})</source>
        <translation>the index cannot be written in {folder} ({error})</translation>
    </message>
    <message>
        <source>{reason}, and the index folder {folder} is read-only</source>
        <translation>{reason}, and the index folder {folder} is read-only</translation>
    </message>
    <message>
        <source>Rebuilding the index was cancelled ({reason}); it is rebuilt at the next start.</source>
        <translation>Rebuilding the index was cancelled ({reason}); it is rebuilt at the next start.</translation>
    </message>
    <message>
        <source>{reason:cap}, but it cannot be rebuilt just now: {skipped}. Nothing was deleted; try again in a moment.</source>
        <translation>{reason:cap}, but it cannot be rebuilt just now: {skipped}. Nothing was deleted; try again in a moment.</translation>
    </message>
    <message>
        <source>{reason}, and the index cannot be written in {folder} ({error})</source>
        <translation>{reason}, and the index cannot be written in {folder} ({error})</translation>
    </message>
    <message>
        <source>{reason:cap} and was rebuilt: the library&apos;s {folders} folder was read again ({count} articles).</source>
        <translation>{reason:cap} and was rebuilt: the library&apos;s {folders} folder was read again ({count} articles).</translation>
    </message>
    <message>
        <source>{reason:cap} and was rebuilt: the library&apos;s {folders} folders were read again ({count} articles).</source>
        <translation>{reason:cap} and was rebuilt: the library&apos;s {folders} folders were read again ({count} articles).</translation>
    </message>
    <message>
        <source>Searching works, but {reason}; the index is kept in memory for this session only.</source>
        <translation>Searching works, but {reason}; the index is kept in memory for this session only.</translation>
    </message>
    <message>
        <source>{file} has {size} bytes instead of {expected}</source>
        <translation>{file} has {size} bytes instead of {expected}</translation>
    </message>
    <message>
        <source>{file} was changed after it was written</source>
        <translation>{file} was changed after it was written</translation>
    </message>
    <message>
        <source>The index cannot be checked just now: {why}.</source>
        <translation>The index cannot be checked just now: {why}.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>Only {written} of {expected} articles could be written to the index (is the disk full?). The rest will be retried on the next refresh.</source>
        <translation>Only {written} of {expected} articles could be written to the index (is the disk full?). The rest will be retried on the next refresh.</translation>
    </message>
    <message>
        <source>The index holds {count} articles twice; run the refresh again to repair it.</source>
        <translation>The index holds {count} articles twice; run the refresh again to repair it.</translation>
    </message>
    <message>
        <source>Another copy of the reader is updating the index; try again when it has finished.</source>
        <translation>Another copy of the reader is updating the index; try again when it has finished.</translation>
    </message>
    <message>
        <source>too many files are open (close some programs)</source>
        <translation>too many files are open (close some programs)</translation>
    </message>
    <message>
        <source>permission to read {file} is denied</source>
        <translation>permission to read {file} is denied</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>not enough memory</translation>
    </message>
    <message>
        <source>its text cannot be stored (not valid Unicode)</source>
        <translation>its text cannot be stored (not valid Unicode)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the index folder cannot be written</source>
        <translation>the index folder cannot be written</translation>
    </message>
    <message>
        <source>The index could not be updated: {what}. The previous index is unchanged.</source>
        <translation>The index could not be updated: {what}. The previous index is unchanged.</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>invalid UTF-16 text</source>
        <translation>invalid UTF-16 text</translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation>binary file (contains NUL bytes)</translation>
    </message>
    <message>
        <source>invalid UTF-8 text after a UTF-8 byte-order mark</source>
        <translation>invalid UTF-8 text after a UTF-8 byte-order mark</translation>
    </message>
    <message>
        <source>not UTF-8, UTF-16 or Windows-1256 text</source>
        <translation>not UTF-8, UTF-16 or Windows-1256 text</translation>
    </message>
    <message>
        <source>binary file (control characters)</source>
        <translation>binary file (control characters)</translation>
    </message>
    <message>
        <source>file disappeared before it could be read</source>
        <translation>file disappeared before it could be read</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>cannot be read ({error})</translation>
    </message>
    <message>
        <source>not a regular file ({kind})</source>
        <translation>not a regular file ({kind})</translation>
    </message>
    <message>
        <source>a system file, not an article</source>
        <translation>a system file, not an article</translation>
    </message>
    <message>
        <source>no article found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {item:d} is no longer in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {item:d}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {item:d}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {item:d}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large ({size:.1f} MB; the limit is {limit:.0f} MB)</source>
        <translation>too large ({size:.1f} MB; the limit is {limit:.0f} MB)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>a named pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>not a file</translation>
    </message>
    <message>
        <source>reading took longer than {seconds:.0f} seconds</source>
        <translation>reading took longer than {seconds:.0f} seconds</translation>
    </message>
    <message>
        <source>a system folder, not articles</source>
        <translation>a system folder, not articles</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>folder not found</translation>
    </message>
    <message>
        <source>folder cannot be read ({error})</source>
        <translation>folder cannot be read ({error})</translation>
    </message>
    <message>
        <source>a link to outside the library&apos;s folders (not followed)</source>
        <translation>a link to outside the library&apos;s folders (not followed)</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>Brackets nested more than {depth} deep are ignored.</source>
        <translation>Brackets nested more than {depth} deep are ignored.</translation>
    </message>
    <message>
        <source>Only the first {count} words are searched.</source>
        <translation>Only the first {count} words are searched.</translation>
    </message>
    <message>
        <source>Words longer than {count} letters are shortened.</source>
        <translation>Words longer than {count} letters are shortened.</translation>
    </message>
    <message>
        <source>Only the first {count} words of a phrase are searched.</source>
        <translation>Only the first {count} words of a phrase are searched.</translation>
    </message>
    <message>
        <source>Type at least {count} letters before *.</source>
        <translation>Type at least {count} letters before *.</translation>
    </message>
    <message>
        <source>Add a word to search for: NOT and - only leave words out.</source>
        <translation>Add a word to search for: NOT and - only leave words out.</translation>
    </message>
    <message>
        <source>There is no word to search for in this query.</source>
        <translation>There is no word to search for in this query.</translation>
    </message>
    <message>
        <source>Only the first {count} alternatives joined by OR are searched.</source>
        <translation>Only the first {count} alternatives joined by OR are searched.</translation>
    </message>
    <message>
        <source>A long query: searched for its {count} most distinctive words.</source>
        <translation>A long query: searched for its {count} most distinctive words.</translation>
    </message>
    <message>
        <source>Only the first {count} words ending in * are searched as beginnings of words.</source>
        <translation>Only the first {count} words ending in * are searched as beginnings of words.</translation>
    </message>
    <message>
        <source>{prefix} matches {count:,} words: the {kept} most common are searched.</source>
        <translation>{prefix} matches {count:,} words: the {kept} most common are searched.</translation>
    </message>
    <message>
        <source>{prefix} matches {count:,}+ words: the {kept} most common are searched.</source>
        <translation>{prefix} matches {count:,}+ words: the {kept} most common are searched.</translation>
    </message>
    <message>
        <source>The search took too long and stopped after {seconds:g} s: these are the best results it had found.</source>
        <translation>The search took too long and stopped after {seconds:g} s: these are the best results it had found.</translation>
    </message>
    <message>
        <source>Not enough disk space to save {name} in {folder}.</source>
        <translation>Not enough disk space to save {name} in {folder}.</translation>
    </message>
    <message>
        <source>Cannot save {name}: no permission to write in {folder}.</source>
        <translation>Cannot save {name}: no permission to write in {folder}.</translation>
    </message>
    <message>
        <source>Cannot save {name}: the folder {folder} does not exist.</source>
        <translation>Cannot save {name}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Cannot save {name}: the name is too long for this disk.</source>
        <translation>Cannot save {name}: the name is too long for this disk.</translation>
    </message>
    <message>
        <source>Cannot save {name} in {folder}: {error}.</source>
        <translation>Cannot save {name} in {folder}: {error}.</translation>
    </message>
    <message>
        <source>Cannot save to {path}: it is a folder.</source>
        <translation>Cannot save to {path}: it is a folder.</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.</source>
        <translation>{name} already exists in {folder}.</translation>
    </message>
    <message>
        <source>Cannot save to {name}: it is a link to another file. Choose another name.</source>
        <translation>Cannot save to {name}: it is a link to another file. Choose another name.</translation>
    </message>
    <message>
        <source>Cannot save to {name}: it is not a regular file (a pipe or a device). Choose another name.</source>
        <translation>Cannot save to {name}: it is not a regular file (a pipe or a device). Choose another name.</translation>
    </message>
    <message>
        <source>Cannot replace {name}: it is read-only. Choose another name.</source>
        <translation>Cannot replace {name}: it is read-only. Choose another name.</translation>
    </message>
    <message>
        <source>The {font} font is missing from this installation ({error}).</source>
        <translation>The {font} font is missing from this installation ({error}).</translation>
    </message>
    <message>
        <source>Unknown font {font}: choose one of {choices}.</source>
        <translation>Unknown font {font}: choose one of {choices}.</translation>
    </message>
    <message>
        <source>Unknown page size {size}: choose one of {choices}.</source>
        <translation>Unknown page size {size}: choose one of {choices}.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>This article uses too many different characters for one PDF.</source>
        <translation>This article uses too many different characters for one PDF.</translation>
    </message>
    <message>
        <source>not an HTML page (no tags)</source>
        <translation>not an HTML page (no tags)</translation>
    </message>
    <message>
        <source>malformed HTML that cannot be repaired ({error})</source>
        <translation>malformed HTML that cannot be repaired ({error})</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>an XML file that is not an RSS, Atom or RDF feed</source>
        <translation>an XML file that is not an RSS, Atom or RDF feed</translation>
    </message>
    <message>
        <source>not a format the reader knows ({suffix})</source>
        <translation>not a format the reader knows ({suffix})</translation>
    </message>
    <message>
        <source>not a format the reader knows (no suffix)</source>
        <translation>not a format the reader knows (no suffix)</translation>
    </message>
    <message>
        <source>too large ({size:.1f} MB; the limit for a page or feed is {limit:.0f} MB)</source>
        <translation>too large ({size:.1f} MB; the limit for a page or feed is {limit:.0f} MB)</translation>
    </message>
    <message>
        <source>no article text found in the page</source>
        <translation>no article text found in the page</translation>
    </message>
    <message>
        <source>not valid {encoding} text, although the page declares it</source>
        <translation>not valid {encoding} text, although the page declares it</translation>
    </message>
    <message>
        <source>not a readable RSS/Atom/RDF feed ({problem})</source>
        <translation>not a readable RSS/Atom/RDF feed ({problem})</translation>
    </message>
    <message>
        <source>feed has no items</source>
        <translation>feed has no items</translation>
    </message>
    <message>
        <source>item could not be read ({error})</source>
        <translation>item could not be read ({error})</translation>
    </message>
    <message>
        <source>item has no text</source>
        <translation>item has no text</translation>
    </message>
    <message>
        <source>has {count} of {columns} columns (the file may be cut short)</source>
        <translation>has {count} of {columns} columns (the file may be cut short)</translation>
    </message>
    <message>
        <source>cut short: a quoted field is never closed (truncated file?)</source>
        <translation>cut short: a quoted field is never closed (truncated file?)</translation>
    </message>
    <message>
        <source>a field is longer than {size} MB</source>
        <translation>a field is longer than {size} MB</translation>
    </message>
    <message>
        <source>malformed CSV ({error})</source>
        <translation>malformed CSV ({error})</translation>
    </message>
    <message>
        <source>column {name} given for {field} is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} (columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text column (looked for {names}…; columns: {columns}); name it with a column mapping</source>
        <translation>no text column (looked for {names}…; columns: {columns}); name it with a column mapping</translation>
    </message>
    <message>
        <source>line longer than {size} MB, not read</source>
        <translation>line longer than {size} MB, not read</translation>
    </message>
    <message>
        <source>not valid {encoding} text (another encoding or damaged bytes)</source>
        <translation>not valid {encoding} text (another encoding or damaged bytes)</translation>
    </message>
    <message>
        <source>has no text</source>
        <translation>has no text</translation>
    </message>
    <message>
        <source>cut short (the file may be truncated)</source>
        <translation>cut short (the file may be truncated)</translation>
    </message>
    <message>
        <source>malformed JSON ({error})</source>
        <translation>malformed JSON ({error})</translation>
    </message>
    <message>
        <source>an empty list: no articles</source>
        <translation>an empty list: no articles</translation>
    </message>
    <message>
        <source>malformed or cut-short JSON ({error}); the rest of the file cannot be read</source>
        <translation>malformed or cut-short JSON ({error}); the rest of the file cannot be read</translation>
    </message>
    <message>
        <source>cut short: the list is never closed</source>
        <translation>cut short: the list is never closed</translation>
    </message>
    <message>
        <source>JSON holds no article objects</source>
        <translation>JSON holds no article objects</translation>
    </message>
    <message>
        <source>not an object but {kind}</source>
        <translation>not an object but {kind}</translation>
    </message>
    <message>
        <source>{path}, line {item:d}: {reason}</source>
        <translation>{path}, line {item:d}: {reason}</translation>
    </message>
    <message>
        <source>{path}, item {item:d}: {reason}</source>
        <translation>{path}, item {item:d}: {reason}</translation>
    </message>
    <message>
        <source>{path}, row {item:d}: {reason}</source>
        <translation>{path}, row {item:d}: {reason}</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {path}, item {item:d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark on the whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark at character {start:d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark, characters {start:d}–{end:d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{colour:cap} highlight, characters {start:d}–{end:d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} (orphaned: no longer found in the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes in {path} were saved by a newer version of the app; update it to read them (the file is left as it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes in {path} cannot be read or saved ({error}); nothing in the file was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud needs espeak-ng with its Urdu voice (Debian and Ubuntu: sudo apt install espeak-ng) or Speech Dispatcher; neither was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking into a file needs espeak-ng with its Urdu voice (Debian and Ubuntu: sudo apt install espeak-ng); it was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud needs an audio player: paplay (pulseaudio-utils), aplay (alsa-utils) or pw-play (pipewire-bin); none was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio player {player} stopped: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pattern, not a file name: export again and give the PDF a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export is not available in this build of the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Library Folders</source>
        <translation>Library Folders</translation>
    </message>
    <message>
        <source>The reader indexes the articles in these folders and watches them for new and changed files.</source>
        <translation>The reader indexes the articles in these folders and watches them for new and changed files.</translation>
    </message>
    <message>
        <source>Library folders</source>
        <translation>Library folders</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Add Folder…</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Rescan</translation>
    </message>
    <message>
        <source>Read this folder again for new, changed and removed files</source>
        <translation>Read this folder again for new, changed and removed files</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Take this folder out of the library (its files stay on disk)</source>
        <translation>Take this folder out of the library (its files stay on disk)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln article(s)</source>
        <translation>
            <numerusform>%1 — %Ln article</numerusform>
            <numerusform>%1 — %Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Folder of Articles</source>
        <translation>Add a Folder of Articles</translation>
    </message>
    <message>
        <source>That folder is already in the library.</source>
        <translation>That folder is already in the library.</translation>
    </message>
    <message>
        <source>Remove Folder</source>
        <translation>Remove Folder</translation>
    </message>
    <message>
        <source>Remove “%1” from the library?

Its %2 articles leave the list and the search; the files themselves stay on disk.</source>
        <translation>Remove “%1” from the library?

Its %2 articles leave the list and the search; the files themselves stay on disk.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Opening the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the library for new and changed articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing articles: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing was cancelled; the articles listed so far are kept, and the next refresh reads the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing was cancelled; the library is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library updated: %1 added, %2 changed, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Filter titles (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches titles, file names, sources and dates (2024-07)</source>
        <translation>Matches titles, file names, sources and dates (2024-07)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Show the articles of one source only</source>
        <translation>Show the articles of one source only</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Published</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Length</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (click to sort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no room: widen the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exporting PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and article list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show skipped files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped</source>
        <translation>
            <numerusform>%Ln file skipped</numerusform>
            <numerusform>%Ln files skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) or entries skipped</source>
        <translation>
            <numerusform>%Ln row or entry skipped</numerusform>
            <numerusform>%Ln rows or entries skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>Choose a Dataset File</source>
        <translation>Choose a Dataset File</translation>
    </message>
    <message>
        <source>Datasets (%1)</source>
        <translation>Datasets (%1)</translation>
    </message>
    <message>
        <source>The columns of %1 cannot be read: %2</source>
        <translation>The columns of %1 cannot be read: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) in this file, which is not in the library</source>
        <translation>
            <numerusform>%Ln hit in this file, which is not in the library</numerusform>
            <numerusform>%Ln hits in this file, which is not in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln hit</numerusform>
            <numerusform>%Ln hits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Folder of Articles</source>
        <translation>Add a Folder of Articles</translation>
    </message>
    <message>
        <source>That folder is already in the library.</source>
        <translation>That folder is already in the library.</translation>
    </message>
    <message>
        <source>This article cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search wrapped around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is saved with the highlight (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Highlighted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bookmark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the article is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation type="unfinished">%1, item %2</translation>
    </message>
    <message>
        <source>The article this note belongs to is gone or no longer holds the highlighted text; the note is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Search notes and highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (click to sort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Note… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) and highlight(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select text in an article and press Ctrl+Shift+H to highlight it, or Ctrl+Shift+M to write a note beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>&amp;Pause Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume Reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderTools</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some of the article&apos;s text first (with the mouse, or Shift and the arrow keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the caret in a highlight (or on a bookmarked place) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this highlight and its note?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as unread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words (also in Roman Urdu), &quot;a phrase&quot;, OR, NOT or -word, prefix*, =exact word</source>
        <translation>Words (also in Roman Urdu), &quot;a phrase&quot;, OR, NOT or -word, prefix*, =exact word</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also searched</source>
        <translation>Also searched</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This search could not be run (%1). Try other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your notes match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is opening; the search will run in a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search every article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) found</source>
        <translation>
            <numerusform>%Ln article found</numerusform>
            <numerusform>%Ln articles found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln article(s) found</source>
        <translation>
            <numerusform>about %Ln article found</numerusform>
            <numerusform>about %Ln articles found</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; showing the best %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing results for %1 · Search instead for %2</source>
        <translation>Showing results for %1 · Search instead for %2</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Also searched: %1</source>
        <translation>Also searched: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every menu command can also be reached with Alt and the underlined letter; Tab and Shift+Tab move between the panes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen result, article or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First or last article in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar or a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous match in the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen note (Notes pane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen note (Notes pane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context menu of the text or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkippedDialog</name>
    <message>
        <source>Skipped files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be added to the library.</source>
        <translation>
            <numerusform>%Ln file could not be added to the library.</numerusform>
            <numerusform>%Ln files could not be added to the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) or entries were left out of their files; the rest of each file was added.</source>
        <translation>
            <numerusform>%Ln row or entry was left out of its file; the rest of the file was added.</numerusform>
            <numerusform>%Ln rows or entries were left out of their files; the rest of each file was added.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped files and reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
