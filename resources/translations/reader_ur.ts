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
        <source>&amp;Highlight Selection</source>
        <translation>انتخاب نمایاں کریں (&amp;H)</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>نوٹ لکھیں… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Place</source>
        <translation>اس مقام پر بک مارک (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Remove Highlight or Bookmark</source>
        <translation>نمایاں حصہ یا بک مارک ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;Notes</source>
        <translation>نوٹس دکھائیں (&amp;N)</translation>
    </message>
    <message>
        <source>E&amp;xport Notes…</source>
        <translation>نوٹس برآمد کریں… (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>پیچھے (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>آگے (&amp;F)</translation>
    </message>
    <message>
        <source>Mark as Rea&amp;d or Unread</source>
        <translation>پڑھا ہوا یا ان پڑھا نشان لگائیں (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation>بلند آواز میں پڑھیں (&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;top Reading Aloud</source>
        <translation>بلند خوانی روکیں (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>نوٹس (&amp;N)</translation>
    </message>
    <message>
        <source>Recent &amp;Articles</source>
        <translation>حالیہ مضامین (&amp;A)</translation>
    </message>
    <message>
        <source>Lis&amp;ten</source>
        <translation>سنیں (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>آواز (&amp;V)</translation>
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
        <source>Highlight in &amp;Colour</source>
        <translation>رنگ سے نمایاں کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Yellow</source>
        <translation>زرد (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation>سبز (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Blue</source>
        <translation>نیلا (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Pink</source>
        <translation>گلابی (&amp;P)</translation>
    </message>
    <message>
        <source>Reading &amp;Speed</source>
        <translation>پڑھنے کی رفتار (&amp;S)</translation>
    </message>
    <message>
        <source>%1 words a minute</source>
        <translation>%1 الفاظ فی منٹ</translation>
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
        <source>%1, unread</source>
        <translation>%1، نہیں پڑھا گیا</translation>
    </message>
    <message>
        <source>%1, read</source>
        <translation>%1، پڑھا جا چکا</translation>
    </message>
    <message>
        <source>%1, %2% read</source>
        <translation>%1، %2٪ پڑھا گیا</translation>
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
        <source>Clear</source>
        <translation>صاف کریں</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>نہیں ملا</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 میں سے %1</translation>
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
    <name>CLI</name>
    <message>
        <source>rebuilding %1/%2</source>
        <translation>انڈیکس دوبارہ بن رہا ہے: %2 میں سے %1</translation>
    </message>
    <message>
        <source>indexing %1/%2</source>
        <translation>انڈیکس سازی: %2 میں سے %1</translation>
    </message>
    <message>
        <source>--column needs the files or folders it applies to.</source>
        <translation>--column کے ساتھ وہ فائلیں یا فولڈر بھی دیں جن پر یہ لاگو ہو۔</translation>
    </message>
    <message>
        <source>%1 is not one of the library&apos;s folders.</source>
        <translation>%1 لائبریری کے فولڈروں میں سے نہیں۔</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>چھوڑی گئی: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 articles indexed (%2 added, %3 updated, %4 removed, %5 unchanged, %6 skipped) in %7; library: %8</source>
        <translation>%1 مضامین انڈیکس میں ہیں (%2 نئے، %3 تبدیل شدہ، %4 ہٹائے گئے، %5 جوں کے توں، %6 چھوڑے گئے)، انڈیکس: %7؛ لائبریری: %8</translation>
    </message>
    <message>
        <source>--column %1: write it as FIELD=COLUMN, e.g. text=&quot;News Text&quot;.</source>
        <translation>--column %1: اسے FIELD=COLUMN کی صورت میں لکھیں، مثلاً text=&quot;News Text&quot;۔</translation>
    </message>
    <message>
        <source>--column %1: unknown field %2; the fields are %3.</source>
        <translation>--column %1: نامعلوم خانہ %2؛ خانے یہ ہیں: %3۔</translation>
    </message>
    <message>
        <source>The index is sound: %1 articles, %2 files checked.</source>
        <translation>انڈیکس درست ہے: %1 مضامین، %2 فائلیں جانچی گئیں۔</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>خراب: %1</translation>
    </message>
    <message>
        <source>The index is damaged. Run &apos;reader-app index&apos; to repair it: the articles are read again from the library&apos;s folders.</source>
        <translation>انڈیکس خراب ہے۔ اسے ٹھیک کرنے کے لیے &apos;reader-app index&apos; چلائیں: مضامین لائبریری کے فولڈروں سے دوبارہ پڑھے جائیں گے۔</translation>
    </message>
    <message>
        <source>search failed: %1 (the index may be damaged: run &apos;reader-app verify&apos;, then &apos;reader-app index&apos; to repair it)</source>
        <translation>تلاش ناکام رہی: %1 (ہو سکتا ہے انڈیکس خراب ہو: &apos;reader-app verify&apos; چلائیں، پھر اسے ٹھیک کرنے کے لیے &apos;reader-app index&apos;)</translation>
    </message>
    <message>
        <source>Showing results for %1 · Search instead for %2</source>
        <translation>%1 کے نتائج دکھائے جا رہے ہیں · اس کے بجائے %2 تلاش کریں</translation>
    </message>
    <message>
        <source>%1 articles match %2</source>
        <translation>%1 مضامین %2 سے ملتے ہیں</translation>
    </message>
    <message>
        <source>Also searched: %1</source>
        <translation>یہ بھی تلاش کیا گیا: %1</translation>
    </message>
    <message>
        <source>Did you mean: %1</source>
        <translation>کیا آپ کا مطلب تھا: %1</translation>
    </message>
    <message>
        <source>PDF export is not available in this build.</source>
        <translation>اس بلڈ میں پی ڈی ایف برآمد دستیاب نہیں۔</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>برآمد نہیں ہو سکتا: %1</translation>
    </message>
    <message>
        <source>%1 Use --force to replace it.</source>
        <translation>%1 اسے بدلنے کے لیے --force استعمال کریں۔</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 لکھ دی گئی</translation>
    </message>
    <message>
        <source>The saved column names cannot be read (%1); the columns are found by their names.</source>
        <translation>محفوظ کیے گئے کالموں کے نام نہیں پڑھے جا سکے (%1)؛ کالم ان کے ناموں سے پہچانے جا رہے ہیں۔</translation>
    </message>
    <message>
        <source>--quote is empty: give the words to highlight.</source>
        <translation>‏--quote خالی ہے: نمایاں کرنے والے الفاظ دیں۔</translation>
    </message>
    <message>
        <source>%1 does not exist: there is no such file or folder.</source>
        <translation>%1 موجود نہیں: ایسی کوئی فائل یا فولڈر نہیں۔</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 پڑھی نہیں جا سکی</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1، %2 میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>Added note %1 to %2, characters %3–%4.</source>
        <translation>نوٹ %1، %2 میں شامل کیا گیا، حروف %3–%4۔</translation>
    </message>
    <message>
        <source>%1 notes shown; %2 of all notes are orphaned.</source>
        <translation>%1 نوٹس دکھائے گئے؛ تمام نوٹس میں سے %2 کا مضمون نہیں ملا۔</translation>
    </message>
    <message>
        <source>wrote %1 notes to %2</source>
        <translation>%1 نوٹس %2 میں لکھے گئے</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>نوٹ %1 موجود نہیں۔</translation>
    </message>
    <message>
        <source>Removed note %1.</source>
        <translation>نوٹ %1 ہٹا دیا گیا۔</translation>
    </message>
    <message>
        <source>There is no voice %1; the voices are: %2.</source>
        <translation>%1 نام کی کوئی آواز نہیں؛ آوازیں یہ ہیں: %2۔</translation>
    </message>
    <message>
        <source>wrote %1: %2 seconds, %3 words</source>
        <translation>%1 لکھ دی گئی: %2 سیکنڈ، %3 الفاظ</translation>
    </message>
    <message>
        <source>Another copy of Urdu Reader is running but did not answer within %1 seconds; this one opens a window of its own.</source>
        <translation>اردو ریڈر کی ایک اور کاپی چل رہی ہے مگر اس نے %1 سیکنڈ میں جواب نہیں دیا؛ یہ کاپی اپنی الگ ونڈو کھول رہی ہے۔</translation>
    </message>
    <message>
        <source>no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window cannot open; use the subcommands (index, search, verify, export, notes: reader-app --help), or set QT_QPA_PLATFORM=offscreen to run the window without a screen.</source>
        <translation>کوئی ڈسپلے نہیں: نہ DISPLAY مقرر ہے نہ WAYLAND_DISPLAY، اس لیے ونڈو نہیں کھل سکتی؛ ذیلی کمانڈیں استعمال کریں (index، search، verify، export، notes: reader-app --help)، یا اسکرین کے بغیر ونڈو چلانے کے لیے QT_QPA_PLATFORM=offscreen مقرر کریں۔</translation>
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
    <name>Core</name>
    <message>
        <source>The index is still being opened.</source>
        <translation>انڈیکس ابھی کھل رہا ہے۔</translation>
    </message>
    <message>
        <source>Another copy of the reader is updating the index; waiting for it to finish…</source>
        <translation>ریڈر کی ایک اور کاپی انڈیکس تازہ کر رہی ہے؛ اس کے ختم ہونے کا انتظار ہے…</translation>
    </message>
    <message>
        <source>Another copy of the reader has been updating the index in {folder} for over {minutes} minute; nothing was changed. Try again when it has finished.</source>
        <translation>ریڈر کی ایک اور کاپی {minutes} منٹ سے زیادہ سے {folder} میں انڈیکس تازہ کر رہی ہے؛ کچھ تبدیل نہیں کیا گیا۔ اس کے ختم ہونے پر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Another copy of the reader has been updating the index in {folder} for over {minutes} minutes; nothing was changed. Try again when it has finished.</source>
        <translation>ریڈر کی ایک اور کاپی {minutes} منٹ سے زیادہ سے {folder} میں انڈیکس تازہ کر رہی ہے؛ کچھ تبدیل نہیں کیا گیا۔ اس کے ختم ہونے پر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The library&apos;s folder list {file} cannot be read ({error}); add the folders again.</source>
        <translation>لائبریری کے فولڈروں کی فہرست {file} پڑھی نہیں جا سکتی ({error})؛ فولڈر دوبارہ شامل کریں۔</translation>
    </message>
    <message>
        <source>The index in {folder} cannot be opened just now: {why}. Nothing was deleted; try again in a moment.</source>
        <translation>{folder} میں انڈیکس اس وقت نہیں کھل سکتا: {why}۔ کچھ حذف نہیں ہوا؛ تھوڑی دیر میں دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>the index folder {folder} cannot be created ({error})</source>
        <translation>انڈیکس کا فولڈر {folder} بنایا نہیں جا سکتا ({error})</translation>
    </message>
    <message>
        <source>The index is damaged: {problem}. Run &apos;reader-app index&apos; to repair it: the articles are read again from the library&apos;s folders.</source>
        <translation>انڈیکس خراب ہے: {problem}۔ اسے ٹھیک کرنے کے لیے &apos;reader-app index&apos; چلائیں: مضامین لائبریری کے فولڈروں سے دوبارہ پڑھے جائیں گے۔</translation>
    </message>
    <message>
        <source>the index was damaged ({problem})</source>
        <translation>انڈیکس خراب تھا ({problem})</translation>
    </message>
    <message>
        <source>Opening the index was cancelled.</source>
        <translation>انڈیکس کھولنا منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <source>The index folder {folder} is read-only: searching works, but new or changed articles are not indexed.</source>
        <translation>انڈیکس کا فولڈر {folder} صرف پڑھنے کے لیے ہے: تلاش کام کرتی ہے، مگر نئے یا بدلے ہوئے مضامین انڈیکس نہیں ہوتے۔</translation>
    </message>
    <message>
        <source>{file} is missing</source>
        <translation>{file} موجود نہیں</translation>
    </message>
    <message>
        <source>the index is from another version</source>
        <translation>انڈیکس کسی اور نسخے کا ہے</translation>
    </message>
    <message>
        <source>the index&apos;s table of contents was missing</source>
        <translation>انڈیکس کی فہرستِ مشمولات موجود نہیں تھی</translation>
    </message>
    <message>
        <source>the index folder {folder} is read-only</source>
        <translation>انڈیکس کا فولڈر {folder} صرف پڑھنے کے لیے ہے</translation>
    </message>
    <message>
        <source>the index cannot be written in {folder} ({error})</source>
        <translation>{folder} میں انڈیکس لکھا نہیں جا سکتا ({error})</translation>
    </message>
    <message>
        <source>{reason}, and the index folder {folder} is read-only</source>
        <translation>{reason}، اور انڈیکس کا فولڈر {folder} صرف پڑھنے کے لیے ہے</translation>
    </message>
    <message>
        <source>Rebuilding the index was cancelled ({reason}); it is rebuilt at the next start.</source>
        <translation>انڈیکس کی ازسرِنو تیاری منسوخ ہو گئی ({reason})؛ اگلی بار کھولنے پر یہ دوبارہ بنے گا۔</translation>
    </message>
    <message>
        <source>{reason:cap}, but it cannot be rebuilt just now: {skipped}. Nothing was deleted; try again in a moment.</source>
        <translation>{reason:cap}، مگر اسے اس وقت دوبارہ نہیں بنایا جا سکتا: {skipped}۔ کچھ حذف نہیں ہوا؛ تھوڑی دیر میں دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>{reason}, and the index cannot be written in {folder} ({error})</source>
        <translation>{reason}، اور {folder} میں انڈیکس لکھا نہیں جا سکتا ({error})</translation>
    </message>
    <message>
        <source>{reason:cap} and was rebuilt: the library&apos;s {folders} folder was read again ({count} articles).</source>
        <translation>{reason:cap}، اس لیے انڈیکس دوبارہ بنایا گیا: لائبریری کا {folders} فولڈر دوبارہ پڑھا گیا ({count} مضامین)۔</translation>
    </message>
    <message>
        <source>{reason:cap} and was rebuilt: the library&apos;s {folders} folders were read again ({count} articles).</source>
        <translation>{reason:cap}، اس لیے انڈیکس دوبارہ بنایا گیا: لائبریری کے {folders} فولڈر دوبارہ پڑھے گئے ({count} مضامین)۔</translation>
    </message>
    <message>
        <source>Searching works, but {reason}; the index is kept in memory for this session only.</source>
        <translation>تلاش کام کرتی ہے، مگر {reason}؛ انڈیکس صرف اس نشست کے لیے میموری میں رکھا گیا ہے۔</translation>
    </message>
    <message>
        <source>{file} has {size} bytes instead of {expected}</source>
        <translation>{file} میں {expected} کے بجائے {size} بائٹ ہیں</translation>
    </message>
    <message>
        <source>{file} was changed after it was written</source>
        <translation>{file} لکھے جانے کے بعد بدل دی گئی</translation>
    </message>
    <message>
        <source>The index cannot be checked just now: {why}.</source>
        <translation>انڈیکس اس وقت جانچا نہیں جا سکتا: {why}۔</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>اجازت نہیں</translation>
    </message>
    <message>
        <source>Only {written} of {expected} articles could be written to the index (is the disk full?). The rest will be retried on the next refresh.</source>
        <translation>{expected} میں سے صرف {written} مضامین انڈیکس میں لکھے جا سکے (کیا ڈسک بھر گئی ہے؟)۔ باقی اگلی بار تازہ کرنے پر دوبارہ لکھے جائیں گے۔</translation>
    </message>
    <message>
        <source>The index holds {count} articles twice; run the refresh again to repair it.</source>
        <translation>انڈیکس میں {count} مضامین دو بار ہیں؛ ٹھیک کرنے کے لیے دوبارہ تازہ کریں۔</translation>
    </message>
    <message>
        <source>Another copy of the reader is updating the index; try again when it has finished.</source>
        <translation>ریڈر کی ایک اور کاپی انڈیکس تازہ کر رہی ہے؛ اس کے ختم ہونے پر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>too many files are open (close some programs)</source>
        <translation>بہت سی فائلیں کھلی ہیں (کچھ پروگرام بند کریں)</translation>
    </message>
    <message>
        <source>permission to read {file} is denied</source>
        <translation>{file} پڑھنے کی اجازت نہیں</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>میموری کافی نہیں</translation>
    </message>
    <message>
        <source>its text cannot be stored (not valid Unicode)</source>
        <translation>اس کا متن محفوظ نہیں ہو سکتا (درست یونیکوڈ نہیں)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ڈسک بھر گئی ہے</translation>
    </message>
    <message>
        <source>the index folder cannot be written</source>
        <translation>انڈیکس کے فولڈر میں لکھا نہیں جا سکتا</translation>
    </message>
    <message>
        <source>The index could not be updated: {what}. The previous index is unchanged.</source>
        <translation>انڈیکس تازہ نہیں ہو سکا: {what}۔ پچھلا انڈیکس جوں کا توں ہے۔</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>invalid UTF-16 text</source>
        <translation>غلط UTF-16 متن</translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation>بائنری فائل (اس میں NUL بائٹ ہیں)</translation>
    </message>
    <message>
        <source>invalid UTF-8 text after a UTF-8 byte-order mark</source>
        <translation>UTF-8 بائٹ آرڈر مارک کے بعد غلط UTF-8 متن</translation>
    </message>
    <message>
        <source>not UTF-8, UTF-16 or Windows-1256 text</source>
        <translation>UTF-8، UTF-16 یا Windows-1256 متن نہیں</translation>
    </message>
    <message>
        <source>binary file (control characters)</source>
        <translation>بائنری فائل (کنٹرول حروف)</translation>
    </message>
    <message>
        <source>file disappeared before it could be read</source>
        <translation>فائل پڑھے جانے سے پہلے غائب ہو گئی</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>پڑھی نہیں جا سکتی ({error})</translation>
    </message>
    <message>
        <source>not a regular file ({kind})</source>
        <translation>عام فائل نہیں ({kind})</translation>
    </message>
    <message>
        <source>a system file, not an article</source>
        <translation>سسٹم کی فائل ہے، مضمون نہیں</translation>
    </message>
    <message>
        <source>no article found in the file</source>
        <translation>فائل میں کوئی مضمون نہیں ملا</translation>
    </message>
    <message>
        <source>entry {item:d} is no longer in the file</source>
        <translation>اندراج {item:d} اب فائل میں موجود نہیں</translation>
    </message>
    <message>
        <source>line {item:d}: {reason}</source>
        <translation>سطر {item:d}: {reason}</translation>
    </message>
    <message>
        <source>item {item:d}: {reason}</source>
        <translation>خبر {item:d}: {reason}</translation>
    </message>
    <message>
        <source>row {item:d}: {reason}</source>
        <translation>قطار {item:d}: {reason}</translation>
    </message>
    <message>
        <source>too large ({size:.1f} MB; the limit is {limit:.0f} MB)</source>
        <translation>بہت بڑی ({size:.1f} ایم بی؛ حد {limit:.0f} ایم بی ہے)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>نامزد پائپ</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>آلہ (ڈیوائس)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ساکٹ</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>فائل نہیں</translation>
    </message>
    <message>
        <source>reading took longer than {seconds:.0f} seconds</source>
        <translation>پڑھنے میں {seconds:.0f} سیکنڈ سے زیادہ لگے</translation>
    </message>
    <message>
        <source>a system folder, not articles</source>
        <translation>سسٹم کا فولڈر ہے، مضامین نہیں</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>فولڈر نہیں ملا</translation>
    </message>
    <message>
        <source>folder cannot be read ({error})</source>
        <translation>فولڈر پڑھا نہیں جا سکتا ({error})</translation>
    </message>
    <message>
        <source>a link to outside the library&apos;s folders (not followed)</source>
        <translation>لائبریری کے فولڈروں سے باہر کا لنک (اس پر نہیں جایا گیا)</translation>
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
        <translation>{depth} سے زیادہ تہوں والی قوسین نظرانداز کی گئی ہیں۔</translation>
    </message>
    <message>
        <source>Only the first {count} words are searched.</source>
        <translation>صرف پہلے {count} الفاظ تلاش کیے گئے ہیں۔</translation>
    </message>
    <message>
        <source>Words longer than {count} letters are shortened.</source>
        <translation>{count} حروف سے لمبے الفاظ چھوٹے کر دیے گئے ہیں۔</translation>
    </message>
    <message>
        <source>Only the first {count} words of a phrase are searched.</source>
        <translation>فقرے کے صرف پہلے {count} الفاظ تلاش کیے گئے ہیں۔</translation>
    </message>
    <message>
        <source>Type at least {count} letters before *.</source>
        <translation>* سے پہلے کم از کم {count} حروف لکھیں۔</translation>
    </message>
    <message>
        <source>Add a word to search for: NOT and - only leave words out.</source>
        <translation>تلاش کے لیے کوئی لفظ لکھیں: NOT اور - صرف الفاظ کو خارج کرتے ہیں۔</translation>
    </message>
    <message>
        <source>There is no word to search for in this query.</source>
        <translation>اس تلاش میں ڈھونڈنے کے لیے کوئی لفظ نہیں۔</translation>
    </message>
    <message>
        <source>Only the first {count} alternatives joined by OR are searched.</source>
        <translation>OR سے جڑے صرف پہلے {count} متبادل تلاش کیے گئے ہیں۔</translation>
    </message>
    <message>
        <source>A long query: searched for its {count} most distinctive words.</source>
        <translation>لمبی تلاش: اس کے {count} سب سے نمایاں الفاظ تلاش کیے گئے ہیں۔</translation>
    </message>
    <message>
        <source>Only the first {count} words ending in * are searched as beginnings of words.</source>
        <translation>* پر ختم ہونے والے صرف پہلے {count} الفاظ کو الفاظ کے آغاز کے طور پر تلاش کیا گیا ہے۔</translation>
    </message>
    <message>
        <source>{prefix} matches {count:,} words: the {kept} most common are searched.</source>
        <translation>{prefix} سے {count:,} الفاظ ملتے ہیں: ان میں سے {kept} سب سے عام تلاش کیے گئے ہیں۔</translation>
    </message>
    <message>
        <source>{prefix} matches {count:,}+ words: the {kept} most common are searched.</source>
        <translation>{prefix} سے {count:,} سے زیادہ الفاظ ملتے ہیں: ان میں سے {kept} سب سے عام تلاش کیے گئے ہیں۔</translation>
    </message>
    <message>
        <source>The search took too long and stopped after {seconds:g} s: these are the best results it had found.</source>
        <translation>تلاش میں بہت دیر لگی اور یہ {seconds:g} سیکنڈ بعد رک گئی: یہ اب تک ملنے والے بہترین نتائج ہیں۔</translation>
    </message>
    <message>
        <source>Not enough disk space to save {name} in {folder}.</source>
        <translation>{folder} میں {name} محفوظ کرنے کے لیے ڈسک پر کافی جگہ نہیں۔</translation>
    </message>
    <message>
        <source>Cannot save {name}: no permission to write in {folder}.</source>
        <translation>{name} محفوظ نہیں ہو سکتی: {folder} میں لکھنے کی اجازت نہیں۔</translation>
    </message>
    <message>
        <source>Cannot save {name}: the folder {folder} does not exist.</source>
        <translation>{name} محفوظ نہیں ہو سکتی: فولڈر {folder} موجود نہیں۔</translation>
    </message>
    <message>
        <source>Cannot save {name}: the name is too long for this disk.</source>
        <translation>{name} محفوظ نہیں ہو سکتی: یہ نام اس ڈسک کے لیے بہت لمبا ہے۔</translation>
    </message>
    <message>
        <source>Cannot save {name} in {folder}: {error}.</source>
        <translation>{name} کو {folder} میں محفوظ نہیں کیا جا سکتا: {error}۔</translation>
    </message>
    <message>
        <source>Cannot save to {path}: it is a folder.</source>
        <translation>{path} میں محفوظ نہیں کیا جا سکتا: یہ ایک فولڈر ہے۔</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.</source>
        <translation>{name} پہلے سے {folder} میں موجود ہے۔</translation>
    </message>
    <message>
        <source>Cannot save to {name}: it is a link to another file. Choose another name.</source>
        <translation>{name} میں محفوظ نہیں کیا جا سکتا: یہ کسی اور فائل کا لنک ہے۔ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <source>Cannot save to {name}: it is not a regular file (a pipe or a device). Choose another name.</source>
        <translation>{name} میں محفوظ نہیں کیا جا سکتا: یہ عام فائل نہیں (پائپ یا آلہ ہے)۔ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <source>Cannot replace {name}: it is read-only. Choose another name.</source>
        <translation>{name} کو بدلا نہیں جا سکتا: یہ صرف پڑھنے کے لیے ہے۔ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <source>The {font} font is missing from this installation ({error}).</source>
        <translation>اس تنصیب میں {font} فونٹ موجود نہیں ({error})۔</translation>
    </message>
    <message>
        <source>Unknown font {font}: choose one of {choices}.</source>
        <translation>نامعلوم فونٹ {font}: ان میں سے ایک چنیں: {choices}۔</translation>
    </message>
    <message>
        <source>Unknown page size {size}: choose one of {choices}.</source>
        <translation>نامعلوم صفحے کا سائز {size}: ان میں سے ایک چنیں: {choices}۔</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>برآمدگی منسوخ ہو گئی۔</translation>
    </message>
    <message>
        <source>This article uses too many different characters for one PDF.</source>
        <translation>اس مضمون میں ایک PDF کے لیے بہت زیادہ مختلف حروف ہیں۔</translation>
    </message>
    <message>
        <source>not an HTML page (no tags)</source>
        <translation>HTML صفحہ نہیں (کوئی ٹیگ نہیں)</translation>
    </message>
    <message>
        <source>malformed HTML that cannot be repaired ({error})</source>
        <translation>خراب HTML جو ٹھیک نہیں ہو سکتی ({error})</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>عام فائل نہیں</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>خالی فائل</translation>
    </message>
    <message>
        <source>an XML file that is not an RSS, Atom or RDF feed</source>
        <translation>XML فائل جو RSS، Atom یا RDF فیڈ نہیں</translation>
    </message>
    <message>
        <source>not a format the reader knows ({suffix})</source>
        <translation>ایسی فائل کی قسم جسے ریڈر نہیں جانتا ({suffix})</translation>
    </message>
    <message>
        <source>not a format the reader knows (no suffix)</source>
        <translation>ایسی فائل کی قسم جسے ریڈر نہیں جانتا (کوئی لاحقہ نہیں)</translation>
    </message>
    <message>
        <source>too large ({size:.1f} MB; the limit for a page or feed is {limit:.0f} MB)</source>
        <translation>بہت بڑی ({size:.1f} ایم بی؛ صفحے یا فیڈ کی حد {limit:.0f} ایم بی ہے)</translation>
    </message>
    <message>
        <source>no article text found in the page</source>
        <translation>صفحے میں مضمون کا متن نہیں ملا</translation>
    </message>
    <message>
        <source>not valid {encoding} text, although the page declares it</source>
        <translation>درست {encoding} متن نہیں، حالانکہ صفحہ یہی بتاتا ہے</translation>
    </message>
    <message>
        <source>not a readable RSS/Atom/RDF feed ({problem})</source>
        <translation>پڑھنے کے قابل RSS/Atom/RDF فیڈ نہیں ({problem})</translation>
    </message>
    <message>
        <source>feed has no items</source>
        <translation>فیڈ میں کوئی خبر نہیں</translation>
    </message>
    <message>
        <source>item could not be read ({error})</source>
        <translation>خبر پڑھی نہیں جا سکی ({error})</translation>
    </message>
    <message>
        <source>item has no text</source>
        <translation>خبر میں کوئی متن نہیں</translation>
    </message>
    <message>
        <source>has {count} of {columns} columns (the file may be cut short)</source>
        <translation>اس میں {columns} میں سے {count} کالم ہیں (فائل شاید ادھوری ہے)</translation>
    </message>
    <message>
        <source>cut short: a quoted field is never closed (truncated file?)</source>
        <translation>ادھوری: واوین میں شروع ہونے والا خانہ کبھی بند نہیں ہوتا (کیا فائل کٹی ہوئی ہے؟)</translation>
    </message>
    <message>
        <source>a field is longer than {size} MB</source>
        <translation>ایک خانہ {size} ایم بی سے لمبا ہے</translation>
    </message>
    <message>
        <source>malformed CSV ({error})</source>
        <translation>خراب CSV ({error})</translation>
    </message>
    <message>
        <source>column {name} given for {field} is not in the file</source>
        <translation>{field} کے لیے دیا گیا کالم {name} فائل میں موجود نہیں</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}؛ {then}</translation>
    </message>
    <message>
        <source>{missing} (columns: {columns})</source>
        <translation>{missing} (کالم: {columns})</translation>
    </message>
    <message>
        <source>no text column (looked for {names}…; columns: {columns}); name it with a column mapping</source>
        <translation>متن کا کوئی کالم نہیں ({names}… تلاش کیے گئے؛ کالم: {columns})؛ کالموں کی نسبت دے کر اس کا نام بتائیں</translation>
    </message>
    <message>
        <source>line longer than {size} MB, not read</source>
        <translation>سطر {size} ایم بی سے لمبی ہے، پڑھی نہیں گئی</translation>
    </message>
    <message>
        <source>not valid {encoding} text (another encoding or damaged bytes)</source>
        <translation>درست {encoding} متن نہیں (کوئی اور انکوڈنگ یا خراب بائٹ)</translation>
    </message>
    <message>
        <source>has no text</source>
        <translation>اس میں کوئی متن نہیں</translation>
    </message>
    <message>
        <source>cut short (the file may be truncated)</source>
        <translation>ادھوری (فائل شاید کٹی ہوئی ہے)</translation>
    </message>
    <message>
        <source>malformed JSON ({error})</source>
        <translation>خراب JSON ({error})</translation>
    </message>
    <message>
        <source>an empty list: no articles</source>
        <translation>خالی فہرست: کوئی مضمون نہیں</translation>
    </message>
    <message>
        <source>malformed or cut-short JSON ({error}); the rest of the file cannot be read</source>
        <translation>خراب یا ادھورا JSON ({error})؛ فائل کا باقی حصہ پڑھا نہیں جا سکتا</translation>
    </message>
    <message>
        <source>cut short: the list is never closed</source>
        <translation>ادھوری: فہرست کبھی بند نہیں ہوتی</translation>
    </message>
    <message>
        <source>JSON holds no article objects</source>
        <translation>JSON میں کوئی مضمون نہیں</translation>
    </message>
    <message>
        <source>not an object but {kind}</source>
        <translation>آبجیکٹ نہیں بلکہ {kind}</translation>
    </message>
    <message>
        <source>{path}, line {item:d}: {reason}</source>
        <translation>{path}، سطر {item:d}: {reason}</translation>
    </message>
    <message>
        <source>{path}, item {item:d}: {reason}</source>
        <translation>{path}، خبر {item:d}: {reason}</translation>
    </message>
    <message>
        <source>{path}, row {item:d}: {reason}</source>
        <translation>{path}، قطار {item:d}: {reason}</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>زرد</translation>
    </message>
    <message>
        <source>green</source>
        <translation>سبز</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>نیلا</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>گلابی</translation>
    </message>
    <message>
        <source>Notes and highlights</source>
        <translation>نوٹس اور نمایاں حصے</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>فائل: {path}</translation>
    </message>
    <message>
        <source>File: {path}, item {item:d}</source>
        <translation>فائل: {path}، اندراج {item:d}</translation>
    </message>
    <message>
        <source>Bookmark on the whole article</source>
        <translation>پورے مضمون پر بک مارک</translation>
    </message>
    <message>
        <source>Bookmark at character {start:d}</source>
        <translation>حرف {start:d} پر بک مارک</translation>
    </message>
    <message>
        <source>Bookmark, characters {start:d}–{end:d}</source>
        <translation>بک مارک، حروف {start:d}–{end:d}</translation>
    </message>
    <message>
        <source>{colour:cap} highlight, characters {start:d}–{end:d}</source>
        <translation>{colour:cap} نمایاں حصہ، حروف {start:d}–{end:d}</translation>
    </message>
    <message>
        <source>{place} (orphaned: no longer found in the article)</source>
        <translation>{place} (مضمون میں اب نہیں ملا)</translation>
    </message>
    <message>
        <source>The notes in {path} were saved by a newer version of the app; update it to read them (the file is left as it is).</source>
        <translation>{path} کے نوٹس ایپ کے نئے ورژن نے محفوظ کیے تھے؛ انہیں پڑھنے کے لیے ایپ اپ ڈیٹ کریں (فائل جوں کی توں چھوڑ دی گئی ہے)۔</translation>
    </message>
    <message>
        <source>The notes in {path} cannot be read or saved ({error}); nothing in the file was deleted.</source>
        <translation>{path} کے نوٹس پڑھے یا محفوظ نہیں کیے جا سکے ({error})؛ فائل میں سے کچھ حذف نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Reading aloud needs espeak-ng with its Urdu voice (Debian and Ubuntu: sudo apt install espeak-ng) or Speech Dispatcher; neither was found.</source>
        <translation>بلند آواز میں پڑھنے کے لیے espeak-ng اور اس کی اردو آواز (Debian اور Ubuntu پر: sudo apt install espeak-ng) یا Speech Dispatcher درکار ہے؛ دونوں میں سے کوئی نہیں ملا۔</translation>
    </message>
    <message>
        <source>Speaking into a file needs espeak-ng with its Urdu voice (Debian and Ubuntu: sudo apt install espeak-ng); it was not found.</source>
        <translation>فائل میں آواز محفوظ کرنے کے لیے espeak-ng اور اس کی اردو آواز (Debian اور Ubuntu پر: sudo apt install espeak-ng) درکار ہے؛ یہ نہیں ملی۔</translation>
    </message>
    <message>
        <source>Reading aloud needs an audio player: paplay (pulseaudio-utils), aplay (alsa-utils) or pw-play (pipewire-bin); none was found.</source>
        <translation>بلند آواز میں پڑھنے کے لیے آڈیو پلیئر درکار ہے: paplay (pulseaudio-utils)، aplay (alsa-utils) یا pw-play (pipewire-bin)؛ کوئی نہیں ملا۔</translation>
    </message>
    <message>
        <source>The audio player {player} stopped: {detail}</source>
        <translation>آڈیو پلیئر {player} رک گیا: {detail}</translation>
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
        <translation>‏PDF دستاویزات ⁦(*.pdf)</translation>
    </message>
    <message>
        <source>%1 is a pattern, not a file name: export again and give the PDF a name.</source>
        <translation>%1 ایک نمونہ ہے، فائل کا نام نہیں: دوبارہ برآمد کریں اور PDF کو کوئی نام دیں۔</translation>
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
    <message numerus="yes">
        <source>%1 — %Ln article(s)</source>
        <translation>
            <numerusform>%1 — %Ln مضمون</numerusform>
            <numerusform>%1 — %Ln مضامین</numerusform>
        </translation>
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
        <source>Indexing was cancelled; the articles listed so far are kept, and the next refresh reads the rest.</source>
        <translation>انڈیکس سازی منسوخ ہو گئی؛ اب تک دکھائے گئے مضامین رکھ لیے گئے ہیں، اور اگلی تازہ کاری باقی پڑھے گی۔</translation>
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
        <source>Clear the filter</source>
        <translation>فلٹر صاف کریں</translation>
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
        <source>%1 (no room: widen the list)</source>
        <translation>%1 (جگہ نہیں: فہرست چوڑی کریں)</translation>
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
    <message numerus="yes">
        <source>%Ln row(s) or entries skipped</source>
        <translation>
            <numerusform>%Ln قطار یا اندراج چھوڑا گیا</numerusform>
            <numerusform>%Ln قطاریں یا اندراجات چھوڑے گئے</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Choose a Dataset File</source>
        <translation>ڈیٹا سیٹ کی فائل منتخب کریں</translation>
    </message>
    <message>
        <source>Datasets (%1)</source>
        <translation>ڈیٹا سیٹ ⁦(%1)</translation>
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
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>The note is saved with the highlight (Ctrl+Enter).</source>
        <translation>نوٹ نمایاں حصے کے ساتھ محفوظ ہوتا ہے (Ctrl+Enter)۔</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Highlighted text</source>
        <translation>نمایاں متن</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مضمون</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>(bookmark)</source>
        <translation>(بک مارک)</translation>
    </message>
    <message>
        <source>%1 (the article is gone)</source>
        <translation>%1 (مضمون موجود نہیں)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>نوٹ: %1</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1، اندراج %2</translation>
    </message>
    <message>
        <source>The article this note belongs to is gone or no longer holds the highlighted text; the note is kept.</source>
        <translation>اس نوٹ کا مضمون موجود نہیں یا اس میں نمایاں متن اب نہیں رہا؛ نوٹ محفوظ رکھا گیا ہے۔</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Search notes and highlights</source>
        <translation>نوٹس اور نمایاں حصوں میں تلاش کریں</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>نوٹس میں تلاش</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>تلاش صاف کریں</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
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
        <source>Number of notes</source>
        <translation>نوٹس کی تعداد</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit Note… (F2)</source>
        <translation>نوٹ میں ترمیم… (F2) (&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;move (Del)</source>
        <translation>ہٹائیں (Del) (&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;xport Notes…</source>
        <translation>نوٹس برآمد کریں… (&amp;X)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) match</source>
        <translation>
            <numerusform>%Ln نوٹ ملا</numerusform>
            <numerusform>%Ln نوٹس ملے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) and highlight(s)</source>
        <translation>
            <numerusform>%Ln نوٹ اور نمایاں حصہ</numerusform>
            <numerusform>%Ln نوٹس اور نمایاں حصے</numerusform>
        </translation>
    </message>
    <message>
        <source>Select text in an article and press Ctrl+Shift+H to highlight it, or Ctrl+Shift+M to write a note beside it.</source>
        <translation>مضمون میں متن منتخب کریں اور اسے نمایاں کرنے کے لیے Ctrl+Shift+H دبائیں، یا اس کے ساتھ نوٹ لکھنے کے لیے Ctrl+Shift+M۔</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>&amp;Pause Reading</source>
        <translation>پڑھنے میں وقفہ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume Reading</source>
        <translation>پڑھنا جاری رکھیں (&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReaderTools</name>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Notes and highlights</source>
        <translation>نوٹس اور نمایاں حصے</translation>
    </message>
    <message>
        <source>Select some of the article&apos;s text first (with the mouse, or Shift and the arrow keys).</source>
        <translation>پہلے مضمون کا کچھ متن منتخب کریں (ماؤس سے، یا Shift اور تیر والی کلیدوں سے)۔</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>پہلے کوئی مضمون کھولیں۔</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>بک مارک لگ گیا۔</translation>
    </message>
    <message>
        <source>Put the caret in a highlight (or on a bookmarked place) first.</source>
        <translation>پہلے کرسر کسی نمایاں حصے (یا بک مارک والے مقام) پر رکھیں۔</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>نوٹ ہٹائیں</translation>
    </message>
    <message>
        <source>Remove this highlight and its note?

%1</source>
        <translation>یہ نمایاں حصہ اور اس کا نوٹ ہٹا دیں؟

%1</translation>
    </message>
    <message>
        <source>No articles read yet</source>
        <translation>ابھی کوئی مضمون نہیں پڑھا گیا</translation>
    </message>
    <message>
        <source>Marked as read.</source>
        <translation>پڑھا ہوا نشان لگ گیا۔</translation>
    </message>
    <message>
        <source>Marked as unread.</source>
        <translation>ان پڑھا نشان لگ گیا۔</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>نوٹس برآمد کریں</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;JSON (*.json);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>محفوظ ہو گئی: %1</translation>
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
        <source>Clear the search</source>
        <translation>تلاش صاف کریں</translation>
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
        <source>Your notes</source>
        <translation>آپ کے نوٹس</translation>
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
    <message numerus="yes">
        <source>%Ln of your notes match</source>
        <translation>
            <numerusform>آپ کا %Ln نوٹ بھی ملتا ہے</numerusform>
            <numerusform>آپ کے %Ln نوٹس بھی ملتے ہیں</numerusform>
        </translation>
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
        <source>%1; showing the best %2</source>
        <translation>%1؛ بہترین %2 دکھائے جا رہے ہیں</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <source>Every menu command can also be reached with Alt and the underlined letter; Tab and Shift+Tab move between the panes.</source>
        <translation>مینو کا ہر حکم Alt اور (قوسین میں دیے گئے) حرف سے بھی چلتا ہے؛ Tab اور Shift+Tab سے ایک حصے سے دوسرے حصے میں جائیں۔</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>حکم</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدیں</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <source>Lists and boxes</source>
        <translation>فہرستیں اور خانے</translation>
    </message>
    <message>
        <source>Open the chosen result, article or note</source>
        <translation>منتخب نتیجہ، مضمون یا نوٹ کھولیں</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>First or last article in the list</source>
        <translation>فہرست کا پہلا یا آخری مضمون</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home، End</translation>
    </message>
    <message>
        <source>Close the find bar or a dialog</source>
        <translation>تلاش کی پٹی یا ڈائیلاگ بند کریں</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Next or previous match in the find bar</source>
        <translation>تلاش کی پٹی میں اگلا یا پچھلا نتیجہ</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter، Shift+Enter</translation>
    </message>
    <message>
        <source>Edit the chosen note (Notes pane)</source>
        <translation>منتخب نوٹ میں ترمیم کریں (نوٹس کا حصہ)</translation>
    </message>
    <message>
        <source>Remove the chosen note (Notes pane)</source>
        <translation>منتخب نوٹ ہٹائیں (نوٹس کا حصہ)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Select text in the article</source>
        <translation>مضمون کا متن منتخب کریں</translation>
    </message>
    <message>
        <source>Shift+arrow keys</source>
        <translation>Shift+تیر والی کلیدیں</translation>
    </message>
    <message>
        <source>Context menu of the text or a list</source>
        <translation>متن یا فہرست کا سیاق مینو</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu، Shift+F10</translation>
    </message>
</context>
<context>
    <name>SkippedDialog</name>
    <message>
        <source>Skipped files</source>
        <translation>چھوڑی گئی فائلیں</translation>
    </message>
    <message>
        <source>No files were skipped.</source>
        <translation>کوئی فائل نہیں چھوڑی گئی۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be added to the library.</source>
        <translation>
            <numerusform>%Ln فائل لائبریری میں شامل نہیں ہو سکی۔</numerusform>
            <numerusform>%Ln فائلیں لائبریری میں شامل نہیں ہو سکیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) or entries were left out of their files; the rest of each file was added.</source>
        <translation>
            <numerusform>%Ln قطار یا اندراج اپنی فائل سے چھوڑا گیا؛ ہر فائل کا باقی حصہ شامل کر لیا گیا۔</numerusform>
            <numerusform>%Ln قطاریں یا اندراجات اپنی فائلوں سے چھوڑے گئے؛ ہر فائل کا باقی حصہ شامل کر لیا گیا۔</numerusform>
        </translation>
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
