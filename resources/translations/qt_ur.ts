<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Urdu for the texts Qt draws itself: its file dialog (QFileDialog, QFileSystemModel,
  QAbstractFileIconProvider, the file types of QMimeType), the standard buttons of message
  boxes and button boxes (QPlatformTheme, QGnomeTheme, QDialogButtonBox, QMessageBox), the
  context menus of text fields (QLineEdit, QWidgetTextControl, QAbstractSpinBox, QScrollBar),
  and the print, page setup and print preview dialogs. Qt's wheels ship no Urdu catalogue
  (no qtbase_ur), so the app carries this one; reader_app/ui/i18n.py installs it with the
  app's own in the Urdu interface. Contexts and sources are Qt 6.11's own (as in the
  qtbase_*.qm catalogues PySide6 ships, and as Qt asks for them); QMimeType's sources are the
  English names freedesktop.org's shared-mime-info gives common file types (it has no Urdu).
  Not made by lupdate: edit it by hand (or with pyside6-linguist);
  resources/translations/update.sh builds qt_ur.qm from it.
  Words follow reader_ur.ts (منسوخ کریں، ٹھیک ہے، فولڈر، کھولیں، محفوظ کریں). A name put into
  a sentence is isolated (&#x2068;%1&#x2069;: FSI ... PDI) so the sentence reads right to left
  even when it begins with a Latin name, and a text that begins with a Latin word
  ("PDF دستاویز") starts with a right-to-left mark (&#x200f;) for the places Qt guesses the
  direction from the text. Keys keep their Latin letter: "منسوخ کریں (&amp;C)".
-->
<TS version="2.1" language="ur_PK">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ہاں (&amp;Y)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
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
        <source>Discard</source>
        <translation>ترک کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نظر انداز کریں</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>سب کے لیے نہیں (&amp;O)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ری سیٹ کریں</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>اصل ترتیبات بحال کریں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>سب کے لیے ہاں (&amp;A)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>منسوخ کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>ٹھیک ہے (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>محفوظ کیے بغیر بند کریں</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>&#x200f;Qt کے بارے میں</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>تفصیلات چھپائیں...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>تفصیلات دکھائیں...</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>فولڈر &#x2068;%1&#x2069; نہیں ملا۔
براہ کرم دیکھ لیں کہ فولڈر کا نام درست لکھا گیا ہے۔</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>فائل &#x2068;%1&#x2069; نہیں ملی۔
براہ کرم دیکھ لیں کہ فائل کا نام درست لکھا گیا ہے۔</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>&#x2068;%1&#x2069; پہلے سے موجود ہے۔
کیا آپ اسے بدلنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>منتخب کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف کریں (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>یہاں دیکھیں (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>نیا فولڈر (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>نام بدلیں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«&#x2068;%1&#x2069;» صرف پڑھنے کے لیے ہے۔
کیا آپ پھر بھی اسے حذف کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>کیا آپ واقعی «&#x2068;%1&#x2069;» حذف کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>تفصیلی منظر پر جائیں</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>فہرست کے منظر پر جائیں</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>فولڈر حذف نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>تفصیلی منظر</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولڈر:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>فائل کا نام (&amp;N):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فائلیں</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>فائل کی قسم (&amp;T):</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>فولڈر تلاش کریں</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>پیچھے جائیں</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>آگے جائیں</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>اوپر والے فولڈر میں جائیں</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>فہرست کا منظر</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>مقامات اور بک مارکس کی فہرست</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>نیا فولڈر</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>اوپر والا فولڈر</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>حالیہ مقامات</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>بطور محفوظ کریں</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>دکھائیں: </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>پوشیدہ فائلیں دکھائیں (&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>سائیڈ بار</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>کمپیوٹر</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تبدیلی کی تاریخ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ڈرائیو</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>شارٹ کٹ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>نقل کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس کریں (&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں (&amp;T)</translation>
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
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>نقل کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس کریں (&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ربط کا پتا نقل کریں (&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں (&amp;T)</translation>
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
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>FSI First strong isolate</source>
        <translation>&#x200f;FSI پہلے حرف کی سمت کا الگ حصہ</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation>یونیکوڈ کا کنٹرول حرف داخل کریں</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>&#x200f;LRE بائیں سے دائیں پیوست حصے کا آغاز</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>&#x200f;LRI بائیں سے دائیں الگ حصہ</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>&#x200f;LRM بائیں سے دائیں کا نشان</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>&#x200f;LRO بائیں سے دائیں لازمی سمت کا آغاز</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>&#x200f;PDF سمت کی ترتیب کا اختتام</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>&#x200f;PDI الگ حصے کا اختتام</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>&#x200f;RLE دائیں سے بائیں پیوست حصے کا آغاز</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>&#x200f;RLI دائیں سے بائیں الگ حصہ</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>&#x200f;RLM دائیں سے بائیں کا نشان</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>&#x200f;RLO دائیں سے بائیں لازمی سمت کا آغاز</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>&#x200f;ZWJ بے چوڑائی جوڑنے والا</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>&#x200f;ZWNJ بے چوڑائی نہ جوڑنے والا</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>&#x200f;ZWSP بے چوڑائی وقفہ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>سب منتخب کریں (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>ایک قدم اوپر (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>ایک قدم نیچے (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>سب سے نیچے</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>بایاں کنارہ</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>ایک صفحہ نیچے</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>ایک صفحہ بائیں</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>ایک صفحہ دائیں</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>ایک صفحہ اوپر</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>دایاں کنارہ</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>نیچے سکرول کریں</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>یہاں تک سکرول کریں</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>بائیں سکرول کریں</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>دائیں سکرول کریں</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>اوپر سکرول کریں</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>سب سے اوپر</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>پین بند کرتا ہے</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>الگ کریں</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>پین کو الگ کرتا ہے اور دوبارہ جوڑتا ہے</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>بائیں سکرول کریں</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>دائیں سکرول کریں</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>ٹیب بند کریں</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>غلط</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>انتخاب کی فہرست کھولیں</translation>
    </message>
    <message>
        <source>True</source>
        <translation>درست</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>کوئی قدر لکھیں:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>یہ کیا ہے؟</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>یہ کیا ہے؟</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>&#x2068;%1&#x2069; پہلے سے موجود ہے۔
کیا آپ اسے بدلنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>&#x2068;%1&#x2069; درست طریقے سے نہیں لکھا گیا۔ صفحات اور حدود کو &apos;,&apos; سے الگ کریں، حد &apos;-&apos; سے بتائیں، اور خیال رکھیں کہ حدود ایک دوسرے میں نہ آئیں۔</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>&#x2068;%1&#x2069; ایک فولڈر ہے۔
براہ کرم فائل کا کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>اختیارات (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>اختیارات (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>پرنٹ کریں (&amp;P)</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>۱ (۱×۱)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>۱۶ (۴×۴)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>۲ (۲×۱)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>۴ (۲×۲)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>۶ (۲×۳)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>۹ (۳×۳)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>تمام صفحات</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>نیچے سے اوپر، بائیں سے دائیں</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>نیچے سے اوپر، دائیں سے بائیں</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>دو طرفہ چھپائی کی ترتیبات میں تضاد</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>جفت صفحات</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>فائل &#x2068;%1&#x2069; میں لکھا نہیں جا سکتا۔
براہ کرم فائل کا کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>صفحات درست نہیں لکھے گئے</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>بائیں سے دائیں، نیچے سے اوپر</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>بائیں سے دائیں، اوپر سے نیچے</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>مقامی فائل</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>طاق صفحات</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>«فی ورق صفحات» اور «صفحات کا مجموعہ» ایک ساتھ استعمال نہیں ہو سکتے۔
براہ کرم ان میں سے ایک بند کریں۔</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>پرنٹ</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>فائل میں پرنٹ کریں ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>فائل میں پرنٹ کریں (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>دائیں سے بائیں، نیچے سے اوپر</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>دائیں سے بائیں، اوپر سے نیچے</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>دو طرفہ چھپائی کی ترتیبات میں تضاد ہے۔ کیا آپ انہیں درست کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>اوپر سے نیچے، بائیں سے دائیں</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>اوپر سے نیچے، دائیں سے بائیں</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>فائل بطور PDF لکھیں</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>مقام:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>آؤٹ پٹ فائل (&amp;F):</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>خصوصیات (&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش منظر</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>پرنٹر</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>قسم:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>ترتیب وار</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>رنگین</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>کاپیاں</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>کاپیاں:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>موجودہ صفحہ</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>دو طرفہ چھپائی</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>خاکستری</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>لمبی جانب سے جلد</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>اختیارات</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>آؤٹ پٹ کی ترتیبات</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>صفحات کا مجموعہ (&amp;S):</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحات</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>صفحات از</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>سب پرنٹ کریں</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>پرنٹ کی حد</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>الٹی ترتیب</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>منتخب حصہ</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>چھوٹی جانب سے جلد</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>صفحات یا حدود کوما سے الگ کر کے لکھیں۔ حد دو نمبروں کے درمیان ڈیش سے بتائی جاتی ہے۔ مثلاً: 3,5-7,9 صفحات 3، 5، 6، 7 اور 9 پرنٹ کرتا ہے۔</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Cicero (CC)</source>
        <translation>سیسیرو (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>اپنی مرضی کا</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>ڈیڈو (DD)</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>اونچائی:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>انچ (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>حاشیے</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>ملی میٹر (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>رخ</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>صفحات کی ترتیب (&amp;O):</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>صفحے کا خاکہ</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>صفحے کا سائز:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>فی ورق صفحات (&amp;P):</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>کاغذ</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>کاغذ کا ماخذ:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>پائیکا (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>پوائنٹ (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودی</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>الٹا افقی</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>الٹا عمودی</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>چوڑائی:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>نیچے کا حاشیہ</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>بایاں حاشیہ</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>دایاں حاشیہ</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>اوپر کا حاشیہ</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>پہلا صفحہ</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>پورا صفحہ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>پوری چوڑائی</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>آخری صفحہ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>اگلا صفحہ</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>صفحے کی ترتیبات</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>صفحے کی ترتیبات</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودی</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>پچھلا صفحہ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>پرنٹ کریں</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>پرنٹ کا پیش منظر</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>آمنے سامنے کے صفحات دکھائیں</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>تمام صفحات کا جائزہ دکھائیں</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>ایک صفحہ دکھائیں</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بڑا کریں</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>چھوٹا کریں</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>اضافی اختیارات میں تضاد</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>پرنٹ کے کام کے اختیارات</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>صفحے کی ترتیبات میں تضاد</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>پرنٹر کی خصوصیات</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>صفحے کی ترتیبات میں تضاد ہے۔ کیا آپ انہیں درست کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>کچھ اضافی اختیارات میں تضاد ہے۔ کیا آپ انہیں درست کرنا چاہتے ہیں؟</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>اضافی</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحہ</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>کچھ اختیارات میں تضاد ہے۔ براہ کرم انہیں درست کریں۔</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>&amp;Billing information:</source>
        <translation>بلنگ کی معلومات (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>آخر (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>شروع (&amp;S):</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>بینر صفحات</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>درجہ بند</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>رازدارانہ</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>دن (06:00 سے 17:59 تک)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>غیر معینہ مدت تک روکے رکھیں</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>پرنٹ کا کام</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>کام کی ترجیح (&amp;P):</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>پرنٹ کے کام کا انتظام</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>رات (18:00 سے 05:59 تک)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>فوراً پرنٹ کریں</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>پرنٹ کا وقت (&amp;P):</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>دوسری شفٹ (16:00 سے 23:59 تک)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>خفیہ</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>مقررہ وقت</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>معیاری</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>تیسری شفٹ (00:00 سے 07:59 تک)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>انتہائی خفیہ</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>غیر خفیہ</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>ہفتے کا آخر (ہفتہ تا اتوار)</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <source>Authentication Needed</source>
        <translation>تصدیق درکار ہے</translation>
    </message>
    <message>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>&#x2068;%2&#x2069; پر &#x2068;%1&#x2069; استعمال کرنے کے لیے تصدیق درکار ہے۔</translation>
    </message>
    <message>
        <source>Authentication needed to use %1.</source>
        <translation>&#x2068;%1&#x2069; استعمال کرنے کے لیے تصدیق درکار ہے۔</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>صارف کا نام:</translation>
    </message>
</context>
<context>
    <name>Print Device Input Slot</name>
    <message>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
</context>
<context>
    <name>Print Device Output Bin</name>
    <message>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>%1 x %2 in</source>
        <translation>%1 × %2 انچ</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>اپنی مرضی کا</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>اپنی مرضی کا (%1CC × %2CC)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>اپنی مرضی کا (%1DD × %2DD)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>اپنی مرضی کا (%1 × %2 انچ)</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>اپنی مرضی کا (%1mm × %2mm)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>اپنی مرضی کا (%1pc × %2pc)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>اپنی مرضی کا (%1pt × %2pt)</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>دوہرا پوسٹ کارڈ</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>لفافہ B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>لفافہ B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>لفافہ B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>لفافہ C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>لفافہ C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>لفافہ C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>لفافہ C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>لفافہ C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>لفافہ C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>لفافہ C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>لفافہ C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>لفافہ C7</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>لفافہ Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>لفافہ Chou 4</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>لفافہ DL</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>لفافہ Invite</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>لفافہ Italian</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>لفافہ Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>لفافہ Kaku 3</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>لفافہ Monarch</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>لفافہ PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>لفافہ PRC 10</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>لفافہ PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>لفافہ PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>لفافہ PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>لفافہ PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>لفافہ PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>لفافہ PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>لفافہ PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>لفافہ PRC 9</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>لفافہ Personal</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>لفافہ US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>لفافہ US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>لفافہ US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>لفافہ US 14</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>لفافہ US 9</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>لفافہ You 4</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>پوسٹ کارڈ</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>plain text document</source>
        <translation>سادہ متن کی دستاویز</translation>
    </message>
    <message>
        <source>HTML document</source>
        <translation>&#x200f;HTML دستاویز</translation>
    </message>
    <message>
        <source>HyperText Markup Language</source>
        <translation>&#x200f;HTML دستاویز</translation>
    </message>
    <message>
        <source>XHTML page</source>
        <translation>&#x200f;XHTML صفحہ</translation>
    </message>
    <message>
        <source>CSV document</source>
        <translation>&#x200f;CSV دستاویز</translation>
    </message>
    <message>
        <source>TSV document</source>
        <translation>&#x200f;TSV دستاویز</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>&#x200f;JSON دستاویز</translation>
    </message>
    <message>
        <source>RSS summary</source>
        <translation>&#x200f;RSS فیڈ</translation>
    </message>
    <message>
        <source>Atom syndication feed</source>
        <translation>&#x200f;Atom فیڈ</translation>
    </message>
    <message>
        <source>RDF file</source>
        <translation>&#x200f;RDF فائل</translation>
    </message>
    <message>
        <source>XML document</source>
        <translation>&#x200f;XML دستاویز</translation>
    </message>
    <message>
        <source>Extensible Markup Language</source>
        <translation>&#x200f;XML دستاویز</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>&#x200f;PDF دستاویز</translation>
    </message>
    <message>
        <source>Portable Document Format</source>
        <translation>&#x200f;PDF دستاویز</translation>
    </message>
    <message>
        <source>Markdown document</source>
        <translation>&#x200f;Markdown دستاویز</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>علامتی لنک</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>خالی دستاویز</translation>
    </message>
    <message>
        <source>Empty document</source>
        <translation>خالی دستاویز</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>بیک اپ فائل</translation>
    </message>
    <message>
        <source>application log</source>
        <translation>لاگ فائل</translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation>&#x200f;Zip آرکائیو</translation>
    </message>
    <message>
        <source>Tar archive</source>
        <translation>&#x200f;Tar آرکائیو</translation>
    </message>
    <message>
        <source>Gzip archive</source>
        <translation>&#x200f;Gzip آرکائیو</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>&#x200f;PNG تصویر</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>&#x200f;JPEG تصویر</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>&#x200f;GIF تصویر</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>&#x200f;SVG تصویر</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>&#x200f;WebP تصویر</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>&#x200f;Word دستاویز</translation>
    </message>
    <message>
        <source>Word 2007 document</source>
        <translation>&#x200f;Word 2007 دستاویز</translation>
    </message>
    <message>
        <source>ODT document</source>
        <translation>&#x200f;ODT دستاویز</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>&#x200f;Excel اسپریڈشیٹ</translation>
    </message>
    <message>
        <source>Excel 2007 spreadsheet</source>
        <translation>&#x200f;Excel 2007 اسپریڈشیٹ</translation>
    </message>
    <message>
        <source>SQLite3 database</source>
        <translation>&#x200f;SQLite3 ڈیٹا بیس</translation>
    </message>
    <message>
        <source>TrueType font</source>
        <translation>&#x200f;TrueType فونٹ</translation>
    </message>
    <message>
        <source>shell script</source>
        <translation>شیل اسکرپٹ</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>&#x200f;Python اسکرپٹ</translation>
    </message>
    <message>
        <source>Python 3 script</source>
        <translation>&#x200f;Python 3 اسکرپٹ</translation>
    </message>
</context>
</TS>
