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
        <source>file date %1</source>
        <translation>file date %1</translation>
    </message>
    <message>
        <source>Open in the web browser</source>
        <translation>Open in the web browser</translation>
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
    <message>
        <source>%1 — %2 articles</source>
        <translation>%1 — %2 articles</translation>
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
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
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
        <source>showing the best %1</source>
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
    <name>SkippedDialog</name>
    <message>
        <source>Skipped files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be added to the library:</source>
        <translation>
            <numerusform>%Ln file could not be added to the library:</numerusform>
            <numerusform>%Ln files could not be added to the library:</numerusform>
        </translation>
    </message>
    <message>
        <source>No files were skipped.</source>
        <translation type="unfinished"></translation>
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
