<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Urdu Reader</source>
        <translation>اردو ریڈر کے بارے میں</translation>
    </message>
    <message>
        <source>Urdu Reader</source>
        <translation>اردو ریڈر</translation>
    </message>
    <message>
        <source>A reader for Urdu news articles: right-to-left Nastaliq text, search that understands how Urdu is typed, and PDF export.</source>
        <translation>اردو خبروں کے مضامین پڑھنے کا پروگرام: دائیں سے بائیں نستعلیق متن، ایسی تلاش جو اردو لکھنے کے مختلف انداز سمجھتی ہے، اور PDF میں برآمدگی۔</translation>
    </message>
    <message>
        <source>Fonts: Noto Nastaliq Urdu, Noto Naskh Arabic and Noto Sans, © Google and the Noto project authors, used under the SIL Open Font License 1.1 (below).</source>
        <translation>فونٹ: Noto Nastaliq Urdu، Noto Naskh Arabic اور Noto Sans، © گوگل اور نوٹو منصوبے کے مصنفین؛ SIL Open Font License 1.1 کے تحت استعمال (نیچے دیکھیں)۔</translation>
    </message>
    <message>
        <source>About the program</source>
        <translation>پروگرام کے بارے میں</translation>
    </message>
    <message>
        <source>Font licence</source>
        <translation>فونٹ کا لائسنس</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Add Folder to Library…</source>
        <translation>لائبریری میں فولڈر شامل کریں…</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>PDF میں برآمد کریں…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>پرنٹ کا پیش منظر…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>تلاش کریں…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>اگلا مقام</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>پچھلا مقام</translation>
    </message>
    <message>
        <source>Find in &amp;This Article…</source>
        <translation>اس مضمون میں تلاش (&amp;T)…</translation>
    </message>
    <message>
        <source>F&amp;ilter Articles</source>
        <translation>مضامین فلٹر کریں</translation>
    </message>
    <message>
        <source>Ne&amp;xt Article</source>
        <translation>اگلا مضمون</translation>
    </message>
    <message>
        <source>Previous Artic&amp;le</source>
        <translation>پچھلا مضمون</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>بڑا کریں</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>چھوٹا کریں</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>اصل سائز</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>پوری اسکرین</translation>
    </message>
    <message>
        <source>&amp;Re-index Library</source>
        <translation>لائبریری دوبارہ انڈیکس کریں</translation>
    </message>
    <message>
        <source>Library &amp;Folders (Remove, Rescan)…</source>
        <translation>لائبریری کے فولڈر (ہٹائیں، دوبارہ پڑھیں)…</translation>
    </message>
    <message>
        <source>&amp;Dataset Columns…</source>
        <translation>ڈیٹا سیٹ کے کالم (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Cancel Indexing</source>
        <translation>انڈیکس سازی منسوخ کریں</translation>
    </message>
    <message>
        <source>&amp;Skipped Files…</source>
        <translation>چھوڑی گئی فائلیں…</translation>
    </message>
    <message>
        <source>&amp;About Urdu Reader</source>
        <translation>اردو ریڈر کے بارے میں</translation>
    </message>
    <message>
        <source>Nastaliq (Noto Nastaliq Urdu)</source>
        <translation>نستعلیق (Noto Nastaliq Urdu)</translation>
    </message>
    <message>
        <source>Naskh (Noto Naskh Arabic)</source>
        <translation>نسخ (Noto Naskh Arabic)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>سسٹم کے مطابق</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>تاریک</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>سیپیا (پرانا کاغذ)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>سسٹم کی زبان</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 پوائنٹ</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فائل (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ترمیم (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>منظر (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>لائبریری (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Font</source>
        <translation>فونٹ</translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation>متن کا سائز</translation>
    </message>
    <message>
        <source>Line S&amp;pacing</source>
        <translation>سطروں کا فاصلہ</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>تھیم</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>زبان (Language)</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>File date: %1 (the article gives no date of its own)</source>
        <translation>فائل کی تاریخ: %1 (مضمون میں اپنی کوئی تاریخ نہیں)</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>شائع ہوا: %1</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 حروف</translation>
    </message>
    <message>
        <source>file date %1</source>
        <translation>فائل کی تاریخ %1</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1، اندراج %2</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>یہی متن یہاں بھی ہے:</translation>
    </message>
    <message>
        <source>  and %1 more</source>
        <translation>  اور %1 مزید</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>اشاعت</translation>
    </message>
    <message>
        <source>The article&apos;s headline (or its first sentence)</source>
        <translation>مضمون کی سرخی (یا اس کا پہلا جملہ)</translation>
    </message>
    <message>
        <source>The site or dataset the article comes from</source>
        <translation>وہ ویب سائٹ یا ڈیٹا سیٹ جہاں سے یہ مضمون آیا ہے</translation>
    </message>
    <message>
        <source>When the article was published; in italics, the file&apos;s date where the article gives none</source>
        <translation>مضمون کب شائع ہوا؛ جہاں مضمون میں تاریخ نہ ہو وہاں ترچھے حروف میں فائل کی تاریخ</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>طوالت</translation>
    </message>
    <message>
        <source>Length in characters</source>
        <translation>حروف میں طوالت</translation>
    </message>
</context>
<context>
    <name>ArticleViewer</name>
    <message>
        <source>Article text</source>
        <translation>مضمون کا متن</translation>
    </message>
    <message>
        <source>Choose an article from the list, or search for one.</source>
        <translation>فہرست سے کوئی مضمون منتخب کریں، یا تلاش کریں۔</translation>
    </message>
    <message>
        <source>Find in this article (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>اس مضمون میں تلاش (Enter: اگلا، Shift+Enter: پچھلا، Esc: بند)</translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation>اس مضمون میں تلاش</translation>
    </message>
    <message>
        <source>file date %1</source>
        <translation>فائل کی تاریخ %1</translation>
    </message>
    <message>
        <source>Open in the web browser</source>
        <translation>ویب براؤزر میں کھولیں</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Dataset Columns</source>
        <translation>ڈیٹا سیٹ کے کالم</translation>
    </message>
    <message>
        <source>Which column of %1 holds what? The text is needed; the rest is optional.</source>
        <translation>%1 کا کون سا کالم کیا رکھتا ہے؟ متن ضروری ہے، باقی اختیاری۔</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>عنوان (&amp;T):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>متن (&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>ماخذ (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>ویب پتا (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>مصنف (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>زمرہ (&amp;C):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export to PDF</source>
        <translation>PDF میں برآمد</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 پہلے سے موجود ہے۔ کیا آپ اسے بدلنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>PDF export is not available in this build of the reader.</source>
        <translation>ریڈر کے اس نسخے میں PDF برآمدگی دستیاب نہیں۔</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>ایک برآمدگی پہلے سے جاری ہے۔</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Library Folders</source>
        <translation>لائبریری کے فولڈر</translation>
    </message>
    <message>
        <source>The reader indexes the articles in these folders and watches them for new and changed files.</source>
        <translation>ریڈر ان فولڈروں کے مضامین انڈیکس کرتا ہے اور نئی اور بدلی ہوئی فائلوں کے لیے ان پر نظر رکھتا ہے۔</translation>
    </message>
    <message>
        <source>Library folders</source>
        <translation>لائبریری کے فولڈر</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>فولڈر شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>دوبارہ پڑھیں (&amp;R)</translation>
    </message>
    <message>
        <source>Read this folder again for new, changed and removed files</source>
        <translation>نئی، بدلی ہوئی اور ہٹائی گئی فائلوں کے لیے یہ فولڈر دوبارہ پڑھیں</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>ہٹائیں (&amp;M)…</translation>
    </message>
    <message>
        <source>Take this folder out of the library (its files stay on disk)</source>
        <translation>یہ فولڈر لائبریری سے نکال دیں (اس کی فائلیں ڈسک پر رہیں گی)</translation>
    </message>
    <message>
        <source>%1 — %2 articles</source>
        <translation>%1 — %2 مضامین</translation>
    </message>
    <message>
        <source>Add a Folder of Articles</source>
        <translation>مضامین کا فولڈر شامل کریں</translation>
    </message>
    <message>
        <source>That folder is already in the library.</source>
        <translation>یہ فولڈر پہلے سے لائبریری میں ہے۔</translation>
    </message>
    <message>
        <source>Remove Folder</source>
        <translation>فولڈر ہٹائیں</translation>
    </message>
    <message>
        <source>Remove “%1” from the library?

Its %2 articles leave the list and the search; the files themselves stay on disk.</source>
        <translation>کیا ”%1“ کو لائبریری سے ہٹا دیا جائے؟

اس کے %2 مضامین فہرست اور تلاش سے نکل جائیں گے؛ فائلیں خود ڈسک پر رہیں گی۔</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Opening the library…</source>
        <translation>لائبریری کھل رہی ہے…</translation>
    </message>
    <message>
        <source>Checking the library for new and changed articles…</source>
        <translation>لائبریری میں نئے اور بدلے ہوئے مضامین دیکھے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Indexing articles: %1 of %2…</source>
        <translation>مضامین کی انڈیکس سازی: %2 میں سے %1…</translation>
    </message>
    <message>
        <source>Indexing was cancelled; the library is as it was before.</source>
        <translation>انڈیکس سازی منسوخ ہو گئی؛ لائبریری پہلے جیسی ہے۔</translation>
    </message>
    <message>
        <source>Library updated: %1 added, %2 changed, %3 removed.</source>
        <translation>لائبریری تازہ ہو گئی: %1 نئے، %2 تبدیل شدہ، %3 ہٹائے گئے۔</translation>
    </message>
    <message>
        <source>The library is up to date.</source>
        <translation>لائبریری تازہ ترین ہے۔</translation>
    </message>
    <message>
        <source>The library could not be updated.</source>
        <translation>لائبریری تازہ نہیں ہو سکی۔</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Filter titles (Ctrl+L)</source>
        <translation>عنوانات فلٹر کریں (Ctrl+L)</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>مضامین فلٹر کریں</translation>
    </message>
    <message>
        <source>Matches titles, file names, sources and dates (2024-07)</source>
        <translation>عنوانات، فائلوں کے نام، ماخذ اور تاریخیں (2024-07) تلاش کرتا ہے</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>Show the articles of one source only</source>
        <translation>صرف ایک ماخذ کے مضامین دکھائیں</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>کالم (&amp;C)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>کالم</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>ماخذ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>اشاعت (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>طوالت (&amp;L)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>مضامین</translation>
    </message>
    <message>
        <source>Columns (click to sort)</source>
        <translation>کالم (ترتیب کے لیے کلک کریں)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>قطاریں</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>سب منتخب کریں</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>تمام ماخذ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exporting PDF…</source>
        <translation>PDF برآمد ہو رہی ہے…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>برآمدگی منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>زوم %1٪</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>مینو بار</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>اسٹیٹس بار</translation>
    </message>
    <message>
        <source>Search and article list</source>
        <translation>تلاش اور مضامین کی فہرست</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>ریڈر</translation>
    </message>
    <message>
        <source>Search hit</source>
        <translation>تلاش کا مقام</translation>
    </message>
    <message>
        <source>Number of articles</source>
        <translation>مضامین کی تعداد</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>اطلاع</translation>
    </message>
    <message>
        <source>Show skipped files</source>
        <translation>چھوڑی گئی فائلیں دکھائیں</translation>
    </message>
    <message>
        <source>Saving the index…</source>
        <translation>انڈیکس محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>مزید مینو</translation>
    </message>
    <message>
        <source>Urdu Reader</source>
        <translation>اردو ریڈر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln مضمون</numerusform>
            <numerusform>%Ln مضامین</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped</source>
        <translation>
            <numerusform>%Ln فائل چھوڑی گئی</numerusform>
            <numerusform>%Ln فائلیں چھوڑی گئیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a Dataset File</source>
        <translation>ڈیٹا سیٹ کی فائل منتخب کریں</translation>
    </message>
    <message>
        <source>Datasets (%1)</source>
        <translation>ڈیٹا سیٹ (%1)</translation>
    </message>
    <message>
        <source>The columns of %1 cannot be read: %2</source>
        <translation>%1 کے کالم پڑھے نہیں جا سکے: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) in this file, which is not in the library</source>
        <translation>
            <numerusform>اس فائل میں %Ln مقام، یہ فائل لائبریری میں نہیں</numerusform>
            <numerusform>اس فائل میں %Ln مقامات، یہ فائل لائبریری میں نہیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln مقام</numerusform>
            <numerusform>%Ln مقامات</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 میں سے %1 دکھائے گئے</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>انڈیکس سازی</translation>
    </message>
    <message>
        <source>Add a Folder of Articles</source>
        <translation>مضامین کا فولڈر شامل کریں</translation>
    </message>
    <message>
        <source>That folder is already in the library.</source>
        <translation>یہ فولڈر پہلے سے لائبریری میں ہے۔</translation>
    </message>
    <message>
        <source>This article cannot be opened: %1</source>
        <translation>یہ مضمون نہیں کھل سکتا: %1</translation>
    </message>
    <message>
        <source>Search wrapped around.</source>
        <translation>تلاش دوبارہ شروع سے۔</translation>
    </message>
    <message>
        <source>Hit %1 of %2</source>
        <translation>%2 میں سے %1 واں مقام</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>پہلے کوئی مضمون کھولیں۔</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>محفوظ ہو گئی: %1</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF میں برآمد</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس کریں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نقل کریں</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>نقل کریں</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ربط کا پتا نقل کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>مضامین میں تلاش کریں (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <source>Words (also in Roman Urdu), &quot;a phrase&quot;, OR, NOT or -word, prefix*, =exact word</source>
        <translation>الفاظ (رومن اردو میں بھی)، &quot;پورا فقرہ&quot;، OR، NOT یا ‎-لفظ، ابتدا*، ‎=بالکل یہی لفظ</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>تلاش کی کیفیت</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>کیا آپ کا مطلب تھا</translation>
    </message>
    <message>
        <source>Also searched</source>
        <translation>یہ بھی تلاش کیا گیا</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>تلاش کے نتائج</translation>
    </message>
    <message>
        <source>Show more results</source>
        <translation>مزید نتائج دکھائیں</translation>
    </message>
    <message>
        <source>This search could not be run (%1). Try other words.</source>
        <translation>یہ تلاش نہیں ہو سکی (%1)۔ دوسرے الفاظ آزمائیں۔</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>تلاش جاری ہے…</translation>
    </message>
    <message>
        <source>The library is opening; the search will run in a moment…</source>
        <translation>لائبریری کھل رہی ہے؛ تلاش ابھی ہو گی…</translation>
    </message>
    <message>
        <source>Type to search every article.</source>
        <translation>تمام مضامین میں تلاش کے لیے لکھیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) found</source>
        <translation>
            <numerusform>%Ln مضمون ملا</numerusform>
            <numerusform>%Ln مضامین ملے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln article(s) found</source>
        <translation>
            <numerusform>تقریباً %Ln مضمون ملا</numerusform>
            <numerusform>تقریباً %Ln مضامین ملے</numerusform>
        </translation>
    </message>
    <message>
        <source>showing the best %1</source>
        <translation>بہترین %1 دکھائے جا رہے ہیں</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>کچھ نہیں ملا۔</translation>
    </message>
    <message>
        <source>Showing results for %1 · Search instead for %2</source>
        <translation>%1 کے نتائج دکھائے جا رہے ہیں · اس کے بجائے %2 تلاش کریں</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>کیا آپ کا مطلب %1 تھا؟</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Also searched: %1</source>
        <translation>یہ بھی تلاش کیا گیا: %1</translation>
    </message>
</context>
<context>
    <name>SkippedDialog</name>
    <message>
        <source>Skipped files</source>
        <translation>چھوڑی گئی فائلیں</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be added to the library:</source>
        <translation>
            <numerusform>%Ln فائل لائبریری میں شامل نہیں ہو سکی:</numerusform>
            <numerusform>%Ln فائلیں لائبریری میں شامل نہیں ہو سکیں:</numerusform>
        </translation>
    </message>
    <message>
        <source>No files were skipped.</source>
        <translation>کوئی فائل نہیں چھوڑی گئی۔</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Skipped files and reasons</source>
        <translation>چھوڑی گئی فائلیں اور وجوہات</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 منسوخ کریں</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>%1 کی پیش رفت</translation>
    </message>
</context>
</TS>
