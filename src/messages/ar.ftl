## رسائل parallel-review بالعربية. لكل رسالة سطر ‎.help‎ اختياري يقول ما العمل.
## تُعزل المسارات والمعرّفات اللاتينية تلقائياً حتى لا يضطرب اتجاه السطر.

## أسطر الخلاصة

summary-reports = { $reports ->
        [zero] لا تقارير
        [one] تقرير واحد
        [two] تقريران
        [few] { $reports } تقارير
        [many] { $reports } تقريرًا
       *[other] { $reports } تقرير
    }: { $errors ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، { $warnings ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    }
severity-error = خطأ
severity-warning = تحذير
help-label = ما العمل
section-label = تحت

## وصف القواعد (parallel-review rules)

rule-unreadable = ملف أو مجلد تتعذّر قراءته أو لا تجوز (صلاحيات، رابط رمزي يدور على نفسه أو يؤدي إلى خارج المجلد، أنبوب مسمّى أو جهاز)
    .help = تقرير لا تستطيع الأداة فتحه أو لا يجوز لها ذلك: صلاحيات ناقصة، أو رابط رمزي يدور على نفسه أو يؤدي إلى خارج المجلد المفحوص، أو أنبوب مسمّى أو جهاز قد تتوقف قراءته أو لا تنتهي. لا يُقرأ منه شيء.
rule-encoding = الملف ليس نصاً بترميز UTF-8، أو ملف ثنائي، أو فارغ
    .help = التقرير نص عادي محفوظ بترميز UTF-8 (لا بأس بعلامة ترتيب البايتات ونهايات أسطر ويندوز). تُرفض ملفات Word و PDF والملفات بترميز آخر، مع ذكر سطر أول بايت خاطئ؛ احفظوا الملف نصاً بترميز UTF-8 وبامتداد ‎.md‎.
rule-file-size = الملف أكبر من أن يكون تقريراً: أكثر من ١٦ ميغابايت أو أكثر من ١٥٠٬٠٠٠ من الأسطر وعلامات Markdown
    .help = لا يُحلَّل ملف يتجاوز ١٦ ميغابايت أو يتجاوز ١٥٠٬٠٠٠ من الأسطر وعلامات Markdown: التقرير الطويل من ١٥٬٠٠٠ كلمة بعيد عن الحدين، وهما يُبقيان ذاكرة الفحص محدودة أياً كان محتوى الملف.
rule-front-matter = لا توجد ترويسة بيانات، أو ترويسة ليست YAML سليمة أو ليست مجموعة حقول
    .help = يبدأ التقرير بترويسة بيانات بين سطرين من ‎---‎ فيها حقوله بصيغة YAML. يجب أن تكون مغلقة وسليمة، وأن تتألف من أسطر ‎field: value‎، وألا تتجاوز ٦٤ كيلوبايت و١٦ اسماً مستعاراً.
rule-missing-field = حقل مطلوب غائب من ترويسة البيانات (الحقل الموصى به: تحذير)
    .help = يجب أن يرد في الترويسة كل حقل تشترطه المذكرة الإرشادية (العنوان والجهة ونوع الجهة والبلد واللغة والأهداف والتاريخ)؛ وغياب حقل موصى به (جهة الاتصال) تنبيه، ويصبح خطأً مع ‎--final‎.
rule-invalid-field = قيمة في ترويسة البيانات من نوع خاطئ أو غير مقبولة
    .help = يجب أن تكون كل قيمة من نوع حقلها: نوع جهة معروف، ورموز بلدان وفق ISO 3166-1 alpha-2، ورمز لغة (ar أو en أو fr)، وأرقام أهداف، وتاريخ موجود بصيغة YYYY-MM-DD، وعنوان بريد إلكتروني، وشعار بصيغة PNG أو JPEG في مجلد التقرير. وتُقترح أقرب قيمة صحيحة.
rule-unknown-field = حقل في ترويسة البيانات لا تعرّفه المذكرة الإرشادية
    .help = المفتاح الذي لا تعرّفه المذكرة الإرشادية خطأ إملائي على الأرجح، فيُقترح أقرب اسم حقل. ويُهمل عند الإخراج.
rule-unknown-objective = رقم هدف خارج النطاق ١–٢٣، في ترويسة البيانات أو في عنوان
    .help = للاتفاق ٢٣ هدفاً: الرقم خارج ١–٢٣، في قائمة الأهداف أو في عنوان هدف، لا يدل على أي منها.
rule-missing-objective-section = هدف مذكور في ‎objectives‎ ليس له قسم
    .help = يحتاج كل هدف مذكور في قائمة الأهداف إلى قسم خاص به، عنوانه يبدأ بكلمة الهدف أو Objective أو Objectif ثم رقمه.
rule-undeclared-objective = قسم لهدف رقمه غير مذكور في ‎objectives‎
    .help = القسم عن هدف غير مذكور في قائمة الأهداف يغيب عن الغلاف وعن التغطية: أضيفوا رقمه إلى القائمة.
rule-duplicate-objective-section = للهدف نفسه قسمان
    .help = ينبغي أن يكون لكل هدف قسم واحد: ادمجوا القسمين أو صحّحوا رقم أحدهما.
rule-missing-section = قسم مطلوب في المذكرة الإرشادية غائب (القسم الموصى به: تحذير)
    .help = يجب أن يكون لكل قسم تشترطه المذكرة (الملخص التنفيذي والمنهجية والسياق الوطني والتقدم في الأهداف والتوصيات) عنوان بإحدى لغاتها؛ وغياب قسم موصى به تنبيه.
rule-section-order = أقسام لا تتبع ترتيب المذكرة الإرشادية
    .help = تتبع الأقسام ترتيب المذكرة الإرشادية، ليجد المراجعون الشيء نفسه في المكان نفسه في كل تقرير.
rule-empty-section = قسم بلا نص خاص به
    .help = عنوان قسم أو هدف لا نص تحته؛ ويصبح خطأً مع ‎--final‎ لأن التقرير لم يكتمل.
rule-placeholder = أسئلة الهيكل أو النص المؤقت أو علامات TODO/TBD/XXX/FIXME ما زالت في التقرير
    .help = إرشادات الهيكل (‎<!-- prompt: … -->‎) والنص المؤقت في المذكرة وعلامات TODO و TBD و XXX و FIXME تعني أن النص لم يكتمل؛ وتصبح أخطاء مع ‎--final‎.
rule-word-limit = قسم أو تقرير يتجاوز عدد الكلمات المحدد في المذكرة الإرشادية
    .help = تقترح المذكرة حدوداً لعدد الكلمات (٦٠٠ للملخص التنفيذي و١٥٬٠٠٠ للتقرير)، وتذكر الملاحظة بكم كلمة يتجاوزها القسم أو التقرير.
rule-recommendations = قسم التوصيات بلا قائمة توصيات
    .help = متابعة التوصيات أيسر حين تكون قائمة يسمّي كل بند فيها الجهة المعنية بالتنفيذ: اكتبوها قائمة مرقّمة أو نقطية.
rule-raw-html = شيفرة HTML في التقرير (لن تظهر عند الإخراج)
    .help = تُحذف شيفرة HTML عند إخراج التقرير حفاظاً على الأمان: اكتبوا التوكيد والقوائم والجداول والروابط بصيغة Markdown. لا بأس بتعليقات HTML.
rule-image-alt = صورة بلا نص بديل
    .help = تحتاج الصورة إلى وصف بين القوسين المعقوفين، من أجل القرّاء الذين لا يرونها وبرامج قراءة الشاشة.
rule-broken-link = رابط إلى ملف محلي غير موجود أو خارج مجلد التقرير، أو رابط من نوع لا يُحتفظ به (لا يُقبل إلا http و https و mailto)
    .help = يجب أن يشير الرابط إلى ملف موجود داخل مجلد التقرير؛ ولا يُحتفظ عند الإخراج إلا بروابط الويب (http و https) والبريد (mailto) والروابط داخل الصفحة وهذه الروابط المحلية، ويُزال ما سواها.

## الملاحظات

unreadable = تتعذّر قراءة هذا الملف: { $reason }
    .help = تحققوا من وجود الملف ومن صلاحية قراءته
not-a-file = { $kind ->
        [folder] هذا مجلد وليس ملفاً
        [pipe] هذا أنبوب مسمّى وليس ملفاً: لا تجري قراءته لأن قراءته قد تنتظر إلى ما لا نهاية
        [device] هذا جهاز وليس ملفاً: لا تجري قراءته لأن قراءته قد لا تنتهي أبداً
       *[other] هذا ليس ملفاً عادياً فلا تجري قراءته
    }
    .help = التقرير ملف عادي؛ إن جاء هذا ضمن أرشيف فاطلبوا الملف نفسه من المرسِل
read-not-a-file = تتعذّر قراءة { $path }: { $kind ->
        [folder] هذا مجلد وليس ملفاً
        [pipe] هذا أنبوب مسمّى وليس ملفاً
        [device] هذا جهاز وليس ملفاً
       *[other] هذا ليس ملفاً عادياً
    }
read-too-large = تتعذّر قراءة { $path }: يحتوي على { $bytes } بايت على الأقل، وهو أكثر من الحد المسموح ({ $limit })
encoding-binary = هذا ملف ثنائي وليس تقريراً بصيغة Markdown
not-a-report-format = ملف ‎.{ $extension } ليس تقريراً تقرؤه هذه الأداة؛ احفظ التقرير المقدَّم مستند Word ‏(.docx) أو Markdown ‏(.md)
word-not-docx = هذا ليس مستند Word ‏(.docx)؛ افتحه في معالج النصوص واحفظه بصيغة ‎.docx
word-encrypted = مستند Word هذا محمي بكلمة مرور أو ملف ‎.doc قديم؛ أزل الحماية أو احفظه بصيغة ‎.docx
word-broken = تعذّرت قراءة مستند Word هذا: { $reason }
    .help = التقارير ملفات نصية محفوظة بترميز UTF-8 (بامتداد ‎.md‎)
encoding-empty = الملف فارغ
    .help = ابدؤوا تقريراً جديداً بالأمر { "`parallel-review new`" }
encoding-utf8 = الملف ليس نصاً سليماً بترميز UTF-8
    .help = احفظوه من جديد بترميز UTF-8 (في أغلب المحررات: «حفظ باسم…» ثم الترميز UTF-8)
file-size = حجم الملف { $megabytes } ميغابايت، والحد الأقصى للتقرير { $limit } ميغابايت
    .help = ضعوا البيانات والملاحق في ملفات منفصلة وأشيروا إليها بروابط
file-size-marks = في التقرير أكثر من { $limit } من الأسطر وعلامات Markdown، ويُتجاوز الحد هنا
    .help = في التقرير الطويل نحو ١٠٬٠٠٠ منها؛ احفظوا البيانات والملاحق في ملفات منفصلة وضعوا روابط إليها
front-matter-missing = لا توجد ترويسة بيانات في التقرير
    .help = ابدؤوا الملف بكتلة بين سطرين من ‎---‎ فيها العنوان والجهة ونوع الجهة والبلد واللغة والأهداف والتاريخ (يكتبها الأمر { "`parallel-review new`" })
front-matter-unclosed = ترويسة البيانات غير مغلقة
    .help = أضيفوا سطراً فيه ‎---‎ بعد آخر حقل
front-matter-yaml = ترويسة البيانات ليست YAML سليمة: { $reason }
    .help = راجعوا علامات التنصيص والنقطتين والمسافات البادئة في هذا السطر؛ ضعوا بين علامتي تنصيص كل نص فيه ‎:‎ أو ‎#‎
front-matter-too-large = الترويسة البيانات تحتوي على { $bytes } بايت، والحد الأقصى { $limit }
    .help = الترويسة للحقول فقط؛ ضعوا النصوص الطويلة في متن التقرير بعد سطر ‎---‎ الختامي
front-matter-aliases = ترويسة البيانات تستعمل أكثر من { $limit } اسماً مستعاراً في YAML (‎*name‎)
    .help = اكتبوا كل قيمة كاملة؛ وإن بدأ نص بالرمز ‎*‎ فضعوه بين علامتي تنصيص
front-matter-not-mapping = ترويسة البيانات { $found ->
        [list] قائمة
        [nothing] فارغة
       *[value] قيمة واحدة
    } وليست مجموعة حقول
    .help = اكتبوا في كل سطر حقلاً واحداً بالصيغة ‎field: value‎
missing-field = الحقل { $field } غائب: { $description }
    .help = أضيفوا إلى ترويسة البيانات سطراً يبدأ بـ { $field }:
unknown-field = حقل غير معروف: { $field }
    .help = المذكرة الإرشادية لا تعرّفه؛ احذفوه أو صحّحوا كتابته (يعرض الأمر { "`parallel-review guidance`" } الحقول)
unknown-field-suggest = حقل غير معروف: { $field }؛ هل تقصدون { $suggestion }؟
    .help = غيّروا اسمه إلى { $suggestion }
invalid-text = يجب أن تكون قيمة { $field } نصاً
    .help = اكتبوها على السطر نفسه، وبين علامتي تنصيص إن كان فيها ‎:‎
invalid-text-list = يجب أن تكون قيمة { $field } قائمة أسماء
    .help = اكتبوها بالصيغة ‎["الأول", "الثاني"]‎
invalid-stakeholder = نوع جهة غير معروف: { $value }
    .help = استخدموا أحد الأنواع التالية: { $valid }
invalid-stakeholder-suggest = نوع جهة غير معروف: { $value }؛ هل تقصدون { $suggestion }؟
    .help = استخدموا أحد الأنواع التالية: { $valid }
invalid-country = { $value } ليس رمز بلد وفق المعيار ISO 3166-1 (حرفان)
    .help = اكتبوا رمز البلد بحرفين لاتينيين كبيرين، مثل JO أو LB أو MA؛ وتُكتب البلدان المتعددة قائمةً
invalid-country-suggest = { $value } ليس رمز بلد وفق المعيار ISO 3166-1 (حرفان)؛ هل تقصدون { $suggestion }؟
    .help = اكتبوا { $suggestion }
invalid-language = لغة غير معروفة: { $value }
    .help = استخدموا ar أو en أو fr
invalid-language-suggest = لغة غير معروفة: { $value }؛ هل تقصدون { $suggestion }؟
    .help = استخدموا ar أو en أو fr
invalid-objectives-empty = الحقل objectives لا يذكر أي هدف
    .help = اذكروا أرقام الأهداف التي يتناولها التقرير، مثل ‎[6, 22]‎
invalid-objective = { $value } ليس رقم هدف
    .help = اذكروا أرقاماً بين ١ و٢٣، مثل ‎[6, 22]‎
invalid-date = { $value } ليس تاريخاً: اكتبوه بالصيغة YYYY-MM-DD
invalid-date-day = التاريخ { $value } غير موجود: في ذلك الشهر { $days } يوماً
    .help = مثلاً { $today }
invalid-email = { $value } ليس عنوان بريد إلكتروني
invalid-logo-place = { $value } ليس ملفًا داخل مجلد التقرير؛ ضع الشعار بجانب التقرير واكتب اسمه
invalid-logo-large = حجم { $value } أكبر من { $limit } ميغابايت؛ احفظ شعارًا أصغر
invalid-logo-kind = { $value } ليس صورة PNG أو JPEG؛ احفظ الشعار بصيغة PNG أو JPEG
    .help = اكتبوا عنواناً مثل name@example.org
unknown-objective = لا يوجد هدف رقمه { $number }: أهداف الاتفاق مرقّمة من ١ إلى ٢٣
    .help = راجعوا الرقم في قائمة الأهداف ({ "`parallel-review guidance --lang ar`" })
missing-objective-section = الهدف { $number } مذكور في objectives لكن ليس له قسم
    .help = أضيفوا عنواناً «{ $heading }» تحت قسم الأهداف، أو احذفوا { $number } من objectives
undeclared-objective = للهدف { $number } قسم لكنه غير مذكور في objectives
    .help = أضيفوا { $number } إلى objectives في ترويسة البيانات
duplicate-objective-section = للهدف { $number } قسم آخر في السطر { $line }
    .help = ادمجوا القسمين في قسم واحد
missing-section = القسم «{ $section }» غائب
    .help = أضيفوا عنواناً «## { $section }» (يُقبل العنوان بأي لغة من لغات المذكرة الإرشادية)
section-order = ينبغي أن يأتي القسم «{ $section }» قبل «{ $before }»
    .help = انقلوه إلى موضعه وفق ترتيب المذكرة الإرشادية (يعرضه الأمر { "`parallel-review guidance --lang ar`" })
empty-section = القسم «{ $section }» بلا نص
    .help = اكتبوه، أو احذفوا العنوان إن كان القسم لا ينطبق
word-limit-section = في القسم «{ $section }» { $words } كلمة، أي { $over } فوق الحد البالغ { $limit }
    .help = اختصروه بمقدار { $over } كلمة
word-limit-report = في التقرير { $words } كلمة، أي { $over } فوق الحد البالغ { $limit }
    .help = اختصروه بمقدار { $over } كلمة، وانقلوا التفاصيل إلى الملاحق
recommendations = القسم «{ $section }» لا يحتوي على قائمة توصيات
    .help = اكتبوا كل توصية بنداً مرقّماً موجّهاً إلى جهة محددة: «١. إلى وزارة العمل: …»
placeholder-prompt = { $count ->
        [one] بقي هنا سؤال من أسئلة الهيكل
        [two] بقي هنا سؤالان من أسئلة الهيكل
        [few] بقيت هنا { $count } أسئلة من أسئلة الهيكل
       *[other] بقي هنا { $count } سؤالاً من أسئلة الهيكل
    }: احذفوها بعد الإجابة عنها
    .help = هذه أسئلة المذكرة الإرشادية؛ لا تظهر عند الطباعة، لكن التقرير الجاهز للتقديم يخلو منها
placeholder-text = النص المؤقت الذي وضعه الهيكل ما زال هنا
    .help = استبدلوا به نصكم، أو احذفوا القسم إن كان لا ينطبق
placeholder-marker = بقيت علامة { $marker } في النص
    .help = أكملوا هذا الجزء ثم احذفوا العلامة
raw-html = شيفرة HTML لا تظهر عند الإخراج: اكتبوها بصيغة Markdown
    .help = استخدموا Markdown للتأكيد والقوائم والجداول والروابط؛ تُحذف شيفرة HTML عند إخراج التقرير
image-alt = الصورة { $target } بلا نص بديل
    .help = صِفوا الصورة بين القوسين المعقوفين: ‎![رسم بياني لرسوم الاستقدام ٢٠٢٤–٢٠٢٦](…)‎
broken-link-missing = رابط إلى { $target }: الملف غير موجود
    .help = تحققوا من اسم الملف، أو ضعوا الملف في مجلد التقرير
broken-link-scheme = لا يُحتفظ بالرابط إلى { $target }: لا تُربط إلا عناوين الويب (http و https) والبريد الإلكتروني (mailto) والملفات الموجودة في مجلد التقرير
    .help = ضعوا بدلاً منه رابطاً إلى صفحة ويب، أو اكتبوا العنوان نصاً
broken-link-outside = الرابط إلى { $target } يخرج من مجلد التقرير
    .help = انسخوا الملف إلى مجلد التقرير واربطوا به هناك
more-findings = وهناك { $count } ملاحظات أخرى من القاعدة { $rule } في هذا الملف لم تُعرض
    .help = صحّحوا الملاحظات المعروضة ثم أعيدوا الفحص؛ لا يُعرض من القاعدة الواحدة في الملف الواحد أكثر من ١٠٠ ملاحظة

## الصفحات المُخرجة

colon = {":"}
list-separator = {"، "}
render-organization = الجهة المقدِّمة
render-partners = بالشراكة مع
render-stakeholder = نوع الجهة
render-country = البلد
render-date = التاريخ
render-contact = للتواصل
render-language = اللغة
render-objectives = الأهداف
render-objectives-covered = الأهداف التي يتناولها التقرير
render-contents = المحتويات
render-notes = الحواشي
render-back-to-reference = العودة إلى موضع الحاشية { $number }
render-cover-kind = تقرير استعراض موازٍ
render-logo-alt = شعار { $organization }
render-report = التقرير
render-status = الحالة
render-index-title = تقارير الاستعراض الموازية
render-index-summary = { $reports ->
        [one] تقرير واحد
        [two] تقريران
        [few] { $reports } تقارير
        [many] { $reports } تقريرًا
       *[other] { $reports } تقرير
    }{ $failed ->
        [0] {""}
        [one] ، تعذّر إخراج واحد منها
       *[other] ، تعذّر إخراج { $failed } منها
    }
render-page = صفحة { $page } من { $pages }
render-wrote = كُتب الملف { $path }
render-unreadable = يتعذّر إخراج { $path }: { $reason }
render-check-warning = تنبيه: في { $path } { $errors ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
       *[other] { $errors } خطأ
    } و{ $warnings ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
       *[other] { $warnings } تحذير
    }؛ أُخرج كما هو (شغّلوا { "`parallel-review check`" } لرؤيتها)
render-no-arabic-font = تنبيه: لا يوجد خط عربي مثبّت، فقد تظهر الحروف العربية مربعات؛ ثبّتوا خطاً (في Debian/Ubuntu: ‎sudo apt-get install fonts-hosny-amiri‎ أو ‎fonts-noto-core‎)
render-image-too-large = تنبيه: الصورة { $image } أكبر من { $limit } ميغابايت، فوُضع رابط إليها ولم تُضمَّن
render-table-too-wide = تنبيه: عُرض جدول من { $columns } عموداً بنصه المصدري: لا تعرض الصفحة جداول تتجاوز { $limit } عمود
render-images-over-cap = تنبيه: وُضع رابط إلى الصورة { $image } ولم تُضمَّن: الصفحة تضمّ بالفعل { $limit } ميغابايت من الصور
render-failed = تعذّر: { $path }: { $reason }
render-status-ok = أُخرج
render-status-errors = أُخرج، وفيه { $errors ->
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
       *[other] { $errors } خطأ
    } عند الفحص
render-status-failed = لم يُخرج
render-batch-summary = أُخرج { $rendered } من { $reports }؛ الفهرس: { $index }
date-long = { $day } { $month ->
        [1] كانون الثاني/يناير
        [2] شباط/فبراير
        [3] آذار/مارس
        [4] نيسان/أبريل
        [5] أيار/مايو
        [6] حزيران/يونيو
        [7] تموز/يوليو
        [8] آب/أغسطس
        [9] أيلول/سبتمبر
        [10] تشرين الأول/أكتوبر
        [11] تشرين الثاني/نوفمبر
       *[12] كانون الأول/ديسمبر
    } { $year }

## التغطية

cov-title = تغطية تقارير الاستعراض الموازية
cov-headline = { $reports ->
        [zero] لا تقارير
        [one] تقرير واحد
        [two] تقريران
        [few] { $reports } تقارير
        [many] { $reports } تقريرًا
       *[other] { $reports } تقرير
    }: { $complete } مكتمل، { $incomplete } غير مكتمل، { $unreadable } تتعذّر قراءته
cov-gaps = أهداف لا يتناولها أي تقرير ({ $count } من { $total }):
cov-not-counted = قيم لم تُحتسب
cov-invalid-value = الحقل { $field } بالقيمة { $value }: { $count }
cov-missing-value = الحقل { $field } غائب: { $count }
cov-copy-of = نسخة مطابقة من { $path }، لم تُحتسب
cov-failing = لا يستوفي { $rules }
cov-col-errors = أخطاء
cov-col-warnings = تحذيرات
cov-col-file = الملف
cov-rt-covered = الأهداف المتناولة: { $objectives }
cov-rt-missed = الأهداف الغائبة: { $objectives }
cov-why = السبب
cov-gaps-sheet = الثغرات
cov-counts = الأعداد
coverage-xlsx-needs-output = يُكتب مصنّف Excel في ملف
    .help = أضيفوا ‎-o coverage.xlsx‎
coverage-xlsx-failed = تتعذّر كتابة المصنّف: { $reason }
cov-gaps-heading = أهداف لا يتناولها أي تقرير
cov-no-gaps = كل هدف يتناوله تقرير واحد على الأقل.
cov-objectives = الأهداف
cov-objective = الهدف
cov-written = مكتوب
cov-declared-only = مذكور فقط
cov-by-stakeholder = حسب نوع الجهة
cov-round-tables = الموائد المستديرة للمنتدى الدولي لاستعراض الهجرة
cov-round-table-line = المائدة المستديرة { $number }: { $covered } من { $total } أهداف مغطاة، في { $reports ->
        [zero] لا تقارير
        [one] تقرير واحد
        [two] تقريرين
        [few] { $reports } تقارير
       *[other] { $reports } تقريرًا
    }
cov-principles = المبادئ التوجيهية المذكورة
cov-voices = الأصوات
cov-no-report-from = لا تقرير من
cov-countries = البلدان
cov-languages = اللغات
cov-reports = التقارير
cov-status = الحالة
cov-status-complete = مكتمل
cov-status-incomplete = غير مكتمل
cov-status-unreadable = تتعذّر قراءته
cov-sort = الترتيب
cov-sort-file = حسب الملف
cov-sort-stakeholder = حسب نوع الجهة
cov-sort-country = حسب البلد
cov-legend-written = مكتوب عنه
cov-legend-declared = مذكور دون نص
cov-legend-absent = غائب
cov-total = التقارير التي تتناوله
cov-matrix = الأهداف × التقارير
cov-wrote = كُتب الملف { $path }

## إخفاقات الأوامر

error-label = خطأ
caused-by = السبب
file-exists = الملف { $path } موجود أصلاً، ولم يُمسّ
    .help = أضيفوا ‎--force‎ لاستبداله، أو اختاروا اسماً آخر
folder-missing = يتعذّر كتابة { $path }: المجلد { $folder } غير موجود
    .help = أنشئوا المجلد أولاً (بالأمر ‎mkdir -p { $folder }‎)، أو اكتبوا الملف في مكان آخر
write-failed = يتعذّر كتابة { $path }: { $reason }
create-folder-failed = يتعذّر إنشاء المجلد { $path }: { $reason }
read-failed = تتعذّر قراءة { $path }: { $reason }
path-missing = { $path } غير موجود
    .help = اذكروا ملف تقرير أو مجلداً فيه تقارير
new-missing = { $count ->
        [one] قيمة ناقصة
       *[other] قيم ناقصة
    }: أضيفوا { $flags }
    .help = شغّلوا ‎parallel-review new --help‎ لرؤية أمثلة
new-ask-lang = لغة التقرير
new-ask-stakeholder = نوع الجهة: رقم من القائمة أو اسم النوع
new-ask-country = البلد: رمزه (JO) أو اسمه (الأردن، Jordan)؛ وتُفصل البلدان المتعددة بفواصل
new-ask-organization = اسم جهتكم
new-ask-objectives = الأهداف التي يتناولها التقرير: أرقام (٦،٢٢) أو مدى (١-٥) أو موائد مستديرة (من rt1 إلى rt4) أو all لجميعها
new-ask-contact = عنوان البريد الإلكتروني للتواصل (يطلبه الفحص النهائي)
new-ask-default = بالضغط على Enter: { $value }
new-ask-later = بالضغط على Enter يُترك لوقت لاحق
new-answer-needed = هذه الإجابة مطلوبة
new-answer-not-text = الإجابة ليست نصًا صالحًا
new-try-again = اكتبوا إجابة أخرى، أو اضغطوا Ctrl-D للتوقف
new-no-such-language = { $value } ليست من لغات المذكرة الإرشادية
    .help = أجيبوا بـ ١ أو ٢ أو ٣، أو بـ ar أو en أو fr
new-stakeholder-number = لا يوجد الرقم { $number } في القائمة
    .help = أجيبوا برقم من ١ إلى { $count }، أو باسم من القائمة
new-stopped = توقّف الأمر قبل نهايته؛ لم يُكتب شيء
    .help = للمتابعة من حيث توقفتم: { $command }
new-date = قيمة ‎--date‎ ‏{ $value } ليست تاريخاً
    .help = اكتبوها بالصيغة YYYY-MM-DD، مثلاً { $today }
new-wrote = كُتب الملف { $path } ({ $count ->
        [one] هدف واحد
        [two] هدفان
        [few] { $count } أهداف
       *[other] { $count } هدفاً
    }، اللغة { $lang })؛ الخطوة التالية: املؤوه ثم شغّلوا ‎parallel-review check‎ ‏{ $path }
objectives-empty = ‎--objectives‎: لم يُذكر أي هدف
    .help = اكتبوا أرقاماً (6,22) أو نطاقات (1-5) أو rt1 إلى rt4 أو all
objectives-not-a-number = ‎--objectives‎: ‏{ $value } ليس هدفاً
    .help = اكتبوا أرقاماً (6,22) أو نطاقات (1-5) أو rt1 إلى rt4 أو all
objectives-out-of-range = ‎--objectives‎: لا يوجد هدف رقمه { $number }
    .help = أهداف الاتفاق مرقّمة من ١ إلى ٢٣
objectives-round-table = ‎--objectives‎: ‏{ $value } ليست مائدة مستديرة
    .help = استخدموا rt1 أو rt2 أو rt3 أو rt4
objectives-empty-range = ‎--objectives‎: النطاق { $value } فارغ
    .help = اكتبوا الرقم الأصغر أولاً
template-include-cycle = يتعذّر استعمال القالب { $name }: فهو يُدرج نفسه ({ $cycle })
    .help = احذفوا الإدراج الذي يُغلق الدائرة؛ يكتب الأمر ‎parallel-review templates export‎ القوالب المدمجة لتبدؤوا منها
template-error = لا يمكن استخدام القالب { $name }: { $reason }
    .help = أصلحوه، أو احذفوه من مجلد القوالب لاستخدام القالب المدمج
templates-folder-missing = مجلد القوالب { $path } غير موجود
    .help = ينشئه الأمر ‎parallel-review templates export‎ ‏{ $path } مع القوالب المدمجة
templates-folder-empty = لا يحتوي مجلد القوالب { $path } على أي قالب ({ $names })
    .help = يكتب الأمر ‎parallel-review templates export DIR‎ القوالب لتعديلها
templates-wrote = كُتب الملف { $path }
templates-next = عدّلوها ثم أضيفوا ‎--templates‎ ‏{ $path }
guidance-wrote = كُتب الملف { $path }؛ عدّلوه ثم أضيفوا ‎--guidance‎ ‏{ $path }
guidance-invalid = ملف المذكرة الإرشادية { $path } غير صالح: { $detail }
guidance-invalid-line = ملف المذكرة الإرشادية { $path } غير صالح في السطر { $line }: { $detail }
guidance-invalid-line-column = ملف المذكرة الإرشادية { $path } غير صالح في السطر { $line }، العمود { $column }: { $detail }
guidance-not-utf8 = ليس نصاً بترميز UTF-8؛ احفظوه بترميز UTF-8
guidance-empty = الملف فارغ؛ ابدؤوا من ‎parallel-review guidance export‎
guidance-folder = هذا مجلد؛ اذكروا ملف YAML
guidance-too-large = حجمه { $bytes } بايت، والحد الأقصى لملف المذكرة الإرشادية { $limit } بايت
guidance-unreadable = تتعذّر قراءته: { $reason }
guidance-objective-range = رقم الهدف { $number } خارج النطاق ١–٢٣
guidance-objective-twice = الهدف { $number } مذكور مرتين
guidance-objective-missing = الهدف { $number } غائب: للاتفاق ٢٣ هدفاً
guidance-round-table = الهدف { $number } ينتمي إلى المائدة المستديرة { $table } غير المذكورة في round-tables
guidance-twice = { $what } ‏{ $value } مذكور مرتين
guidance-two-roles = لقسمين الدور نفسه: { $role }
guidance-objective-prompts = للقسم { $section } أسئلة objective-prompts دون role: objectives
guidance-yaml = { $reason }
rule-unknown = قاعدة غير معروفة: { $rule }
    .help = يعرض الأمر ‎parallel-review rules‎ القواعد
rule-unknown-suggest = قاعدة غير معروفة: { $rule }؛ هل تقصدون { $suggestion }؟
    .help = يعرض الأمر ‎parallel-review rules‎ القواعد
rules-severity = درجة الخطورة: { $severity }
rules-final-error = خطأ مع ‎--final‎
rules-fails = مثال مخالف:
rules-passes = مثال سليم:
check-none-found = لم يُعثر على أي تقرير Markdown ‏(‎*.md‎) في { $paths }
render-needs-out-dir = { $path } مجلد: أضيفوا ‎--out-dir DIR‎ لإخراج كل التقارير التي فيه
render-format-unknown = يتعذّر معرفة الصيغة من { $path }
    .help = اجعلوا امتداده ‎.html‎ أو ‎.pdf‎، أو أضيفوا ‎--to html|pdf‎
output-is-input = ملف الإخراج { $path } هو أحد الملفات المقروءة ({ $input })، فلا يُستبدل
    .help = اكتبوا الناتج في مكان آخر، خارج مجلد التقارير أو باسم آخر
render-same-file = الملف الناتج { $path } سيحلّ محل التقرير نفسه
    .help = اختاروا اسماً آخر بعد ‎-o‎
render-format-conflict = ‎--to { $format }‎ يناقض اسم ملف الإخراج { $path }
    .help = اجعلوا امتداد ملف الإخراج ‎.{ $format }‎، أو احذفوا ‎--to‎ ليحدد الاسمُ الصيغة
render-no-browser = لم يُعثر على متصفح من عائلة Chromium لطباعة PDF (بحثنا عن { $names })
    .help = ثبّتوا واحداً (في Debian/Ubuntu: ‎sudo apt-get install chromium‎)، أو أضيفوا ‎--browser PATH‎، أو عيّنوا PARALLEL_REVIEW_BROWSER؛ أو أخرجوا HTML ‏(‎--to html‎) واطبعوه من أي متصفح
render-bad-browser = { $path } ليس برنامجاً يمكن تشغيله
    .help = أضيفوا ‎--browser‎ مع مسار chromium أو google-chrome
render-browser-failed = لم يطبع { $browser } ملف PDF: { $reason }
render-browser-timeout = لم ينهِ المتصفح الطباعة خلال { $seconds } ثانية
coverage-wide = الخيار ‎--wide‎ لا يصلح إلا مع ‎--format csv‎
coverage-format-unknown = يتعذّر معرفة الصيغة من { $path }
    .help = اجعلوا امتداده ‎.html‎ أو ‎.csv‎ أو ‎.json‎ أو ‎.md‎ أو ‎.txt‎، أو أضيفوا ‎--format‎
unreadable-loop = تتعذّر قراءة هذا المجلد: رابط رمزي يعود إلى { $ancestor }
    .help = احذفوا الرابط، أو تحققوا من المجلد الذي يشير إليه
unreadable-outside = لم تجرِ قراءته: هذا الرابط الرمزي يؤدي إلى خارج المجلد { $folder }، إلى { $target }
    .help = لا يُقرأ من مجلد التقارير إلا ما بداخله؛ انسخوا التقرير إلى المجلد إن كان مكانه هناك

## عرض المذكرة الإرشادية

guidance-objectives = الأهداف ({ $count })
guidance-round-table-of = المائدة المستديرة { $number }
guidance-principles = المبادئ التوجيهية، الفقرة ١٥ ({ $count })
guidance-stakeholders = أنواع الجهات ({ $count })
guidance-fields = حقول ترويسة البيانات
guidance-sections = الأقسام بالترتيب
guidance-max-words = { $words } كلمة على الأكثر
guidance-also = ويُقبل أيضاً
guidance-working-translation = ترجمة عمل، ليست نصاً رسمياً
guidance-network-label = تسمية من شبكة الأمم المتحدة، ليست نص الاتفاق
presence-required = مطلوب
presence-recommended = موصى به
presence-optional = اختياري

import-wrote = كُتب { $path }؛ شغّل parallel-review check عليه لمعرفة ما ينقصه
import-not-docx = { $path } ليس مستند Word ‏(.docx)؛ افتحه في معالج النصوص واحفظه بصيغة ‎.docx
import-encrypted = { $path } محمي بكلمة مرور أو ملف ‎.doc قديم؛ أزل الحماية أو احفظه بصيغة ‎.docx ثم استورده من جديد
import-broken = تعذّرت قراءة { $path } بوصفه مستند Word: { $reason }
import-dropped = تُرك خارج التقرير: { $deletions } حذف متتبَّع، و{ $comments } تعليق، و{ $boxes } مربع نص

## preview

preview-name = معاينة
preview-no-page = لا يمكن عرض التقرير
preview-no-findings = لا أخطاء ولا تحذيرات.
preview-line = السطر { $line }
preview-paragraph = الفقرة { $line }
preview-findings = الملاحظات
preview-page-label = التقرير كما يُعرض
preview-hint = تتبع الصفحة والملاحظات كل تغيير محفوظ في التقرير وفي الملفات التي يستخدمها. وتحيل كل ملاحظة إلى القسم الذي وردت فيه.
preview-listening = معاينة { $path } على العنوان { $url }؛ تتبع الصفحة كل تغيير محفوظ؛ ويوقفها Ctrl-C
preview-stopped = توقفت المعاينة
preview-port = يتعذّر الاستماع على 127.0.0.1، المنفذ { $port }: { $reason }
    .help = اختاروا منفذًا آخر بالخيار ‎--port‎، أو احذفوه ليُختار منفذ متاح
preview-needs-file = { $path } مجلد؛ والمعاينة تعرض تقريرًا واحدًا
    .help = اذكروا أحد تقاريره، مثلاً ‎parallel-review preview { $path }/report.md‎
preview-open-failed = تعذّر فتح المتصفح: { $reason }
    .help = افتحوا { $url } في متصفحكم
preview-watch-failed = تتعذّر مراقبة تغييرات { $path }: { $reason }
    .help = تعرض الصفحة التقرير كما كان عند البدء؛ أعيدوا تشغيل المعاينة لرؤية التغييرات
preview-refused = مرفوض: لا تجيب هذه المعاينة إلا على العنوان 127.0.0.1، ولا تقدّم إلا ملفات مجلد التقرير.
preview-not-found = غير موجود في مجلد التقرير.

## publish

site-title-default = الاستعراضات الموازية للاتفاق العالمي من أجل الهجرة
site-nav = الموقع
site-home = الرئيسية
site-find = البحث
site-find-intro = ابحثوا في كل التقارير بكلمة أو هدف أو بلد أو نوع جهة أو لغة
site-objectives = الأهداف
site-countries = البلدان
site-coverage = التغطية
site-compilation = تجميع حسب الهدف (Markdown)
site-compilation-title = { $title }: ما تقوله التقارير هدفًا هدفًا
site-reports = التقارير
site-unpublished = لم تُنشر
site-downloads = التنزيلات
site-all-reports = كل التقارير
site-download-pdf = ملف PDF
site-download-word = ملف Word
site-download-source = المصدر (Markdown)
site-source = المصدر
site-search-label = الكلمات المطلوبة
site-search-button = ابحث
site-filter-all = الكل
site-filter-objective = الهدف
site-filter-country = البلد
site-filter-stakeholder = نوع الجهة
site-filter-language = اللغة
site-filter-status = الحالة
site-needs-script = يحتاج البحث إلى JavaScript؛ أما صفحات الأهداف والبلدان فتعمل بدونه.
site-results = عدد النتائج: { $count }
site-no-results = لم يُعثر على شيء.
site-objective-count = { $count ->
        [zero] لا يتناوله أي تقرير
        [one] يتناوله تقرير واحد
        [two] يتناوله تقريران
        [few] يتناوله { $count } تقارير
       *[other] يتناوله { $count } تقريرًا
    }
site-objective-none = لا يتناول أي تقرير هذا الهدف.
site-country-count = { $count ->
        [one] تقرير واحد
        [two] تقريران
        [few] { $count } تقارير
       *[other] { $count } تقريرًا
    }
site-round-table = المائدة المستديرة { $number }
site-counts = عدد التقارير المنشورة: { $reports }، من { $countries ->
        [one] بلد واحد
        [two] بلدين
        [few] { $countries } بلدان
       *[other] { $countries } بلدًا
    }، { $languages ->
        [one] بلغة واحدة
        [two] بلغتين
        [few] بـ{ $languages } لغات
       *[other] بـ{ $languages } لغة
    }؛ ولم يُنشر { $unpublished }.
language-ar = العربية
language-en = الإنجليزية
language-fr = الفرنسية
publish-not-a-site = المجلد { $path } يحوي ملفات لم ينشئها أمر النشر
    .help = اختاروا مجلدًا جديدًا أو فارغًا للموقع؛ فأمر النشر لا يخلط الموقع بملفات أخرى
publish-needs-folder = { $path } ملف؛ وأمر النشر يأخذ مجلد التقارير المقدَّمة
    .help = لإخراج تقرير واحد استعملوا ‎parallel-review render { $path }‎
publish-inside = لا يمكن أن يكون الموقع { $path } داخل مجلد التقارير ولا أن يحويه
    .help = اختاروا مجلدًا بجانب مجلد التقارير، مثلاً ‎--out site‎
publish-site-file = { $path } السطر { $line }: { $reason }
    .help = يحوي الملف site.yaml مفتاحين، كلٌّ منهما سطر نص: title و introduction
publish-broken-front-matter = تتعذّر قراءة ترويسة البيانات ({ $reason })
publish-incomplete = عدد الأخطاء في الفحص النهائي: { $errors }
publish-skipped = لم يُنشر: { $path }: { $reason }
publish-done = نُشر { $reports } من التقارير (أُعيد إخراج { $rendered }، وكُتب { $written } من الملفات)؛ افتحوا { $home }
