import type {AllMessages} from '../messages.js';

/**
 * Arabic (Modern Standard, as Aramex and Gulf shops write it): رقم التتبع، في الطريق، التخليص
 * الجمركي، خرج للتوصيل، تم التسليم، مركز الفرز، مكتب التبادل الدولي. Written right to left.
 *
 * Plurals follow Arabic counting: 0 reads "less than a day"; 1 and 2 are said without a numeral
 * (يوم واحد، يومان), as CLDR's own Arabic unit patterns do, so those three forms have no `{n}`;
 * 3–10 take أيام, 11–99 take يومًا, 100+ take يوم.
 */
export default {
  status: {
    pending: 'لم يُشحن بعد',
    in_transit: 'في الطريق',
    customs: 'قيد التخليص الجمركي',
    out_for_delivery: 'خرج للتوصيل',
    delivered: 'تم التسليم',
    available_for_pickup: 'جاهز للاستلام',
    failed_attempt: 'فشلت محاولة التسليم',
    exception: 'مشكلة في التسليم',
  },
  stageLabel: {
    A: 'تم استلام الطرد / تم إخطار شركة الشحن',
    B: 'في الطريق / وصل إلى منشأة شركة الشحن',
    C: 'غادر المنشأة / تم التخليص الجمركي للتصدير',
    D: 'وصل إلى / غادر مكتب التبادل الدولي',
    E: 'التخليص الجمركي في بلد الوجهة',
    F: 'وصل إلى المركز المحلي / في الطريق',
    G: 'المعالجة في مركز الفرز / تم إخطار شركة التوصيل',
    H: 'خرج للتوصيل / تم التسليم',
  },
  stageMeaning: {
    A: 'جهّز المتجر طردك، وأصبح جاهزًا لتستلمه شركة الشحن.',
    B: 'في طريقه إلى منشأة تجهّزه للمرحلة التالية، أو وصل إليها بالفعل.',
    C: 'غادر منشأة الشحن واجتاز الجمارك في بلد المنشأ.',
    D: 'يغادر بلد المنشأ، أو أصبح بالفعل في طريقه إلى بلدك.',
    E: 'تعالج الجمارك في بلدك الطرد الآن، وقد تتحدّث الحالة عدة مرات.',
    F: 'وصل إلى مركز رئيسي في بلدك ويتّجه نحو التسليم.',
    G: 'تم فرزه للتوصيل المحلي، وتجهّز شركة التوصيل المحلية المرحلة الأخيرة.',
    H: 'في طريقه إلى بابك.',
  },
  deliveredIn: {
    zero: 'تم التسليم في أقل من يوم',
    one: 'تم التسليم خلال يوم واحد',
    two: 'تم التسليم خلال يومين',
    few: 'تم التسليم خلال {n} أيام',
    many: 'تم التسليم خلال {n} يومًا',
    other: 'تم التسليم خلال {n} يوم',
  },
  daysInTransit: {
    zero: 'في الطريق منذ أقل من يوم',
    one: 'في الطريق منذ يوم واحد',
    two: 'في الطريق منذ يومين',
    few: 'في الطريق منذ {n} أيام',
    many: 'في الطريق منذ {n} يومًا',
    other: 'في الطريق منذ {n} يوم',
  },
  estimatedDelivery: 'موعد التسليم المتوقع: {window}',
  trackingNumber: 'رقم التتبع',
  latest: 'الجديد',
  copyNumber: 'نسخ رقم التتبع {number}',
  copy: 'نسخ',
  progress: 'تقدّم الشحنة',
  stageStep: 'الخطوة {n} من {total}، {label}: {state}',
  route: 'مسار الشحنة',
  mainlandChina: 'البر الرئيسي للصين',
  origin: 'من',
  destination: 'إلى',
  deliveryLocation: 'موقع التسليم',
  history: 'سجل التتبع',
  eventOfLatest: 'الرقم الجديد',
  eventOfOriginal: 'الرقم الأصلي',
  localCarrier: 'شركة التوصيل المحلية',
  call: 'الاتصال بـ{carrier} على الرقم {phone}',
  trackOn: 'التتبع على موقع {carrier}',
  trackYourself: 'انسخ أحدث رقم تتبع وتتبّع شحنتك على موقع {carrier} الإلكتروني.',
  carrierWebsite: 'موقع {carrier} الإلكتروني',
  cainiaoLink: 'التتبع على موقع CAINIAO.',
  cainiaoHint: 'يعرض موقع CAINIAO رقمَي التتبع كليهما.',
  copyDetails: 'نسخ التفاصيل',
  copied: 'تم النسخ',
  copyFailed: 'تعذّر النسخ. حدّد النص وانسخه يدويًا.',
  loading: 'جارٍ تحميل معلومات التتبع…',
  noNumber: 'أدخل رقم التتبع لمعرفة مكان طردك.',
  noSource: 'لا يوجد مصدر بيانات لأداة التتبع هذه بعد: عيّن السمة src أو الخاصية data.',
  lookupLabel: 'Tracking number', // English until translated
  lookupHint: 'It looks like LP00123456789012. Several? Separate them with commas.', // English until translated
  lookupButton: 'Track', // English until translated
  lookupEmpty: 'Enter a tracking number.', // English until translated
  lookupBy: 'Find your parcel with', // English until translated
  lookupByNumber: 'A tracking number', // English until translated
  lookupByOrder: 'My order number and email', // English until translated
  orderLabel: 'Order number', // English until translated
  orderHint: 'As in your order confirmation, for example #1001.', // English until translated
  emailLabel: 'Email address', // English until translated
  orderButton: 'Find my order', // English until translated
  orderBusy: 'Looking up your order…', // English until translated
  orderMissing: 'Enter your order number.', // English until translated
  emailInvalid: 'Enter the email address you ordered with.', // English until translated
  orderNotFound: 'No order found with that number and email', // English until translated
  orderRateLimited: 'Too many tries — please wait a minute', // English until translated
  orderNoNumbers: "Your order hasn't shipped yet", // English until translated
  orderNetwork: "We couldn't reach the shop. Check your connection and try again.", // English until translated
  orderFailed: "We couldn't look up your order right now. Please try again later.", // English until translated
  parcels: 'Packages', // English until translated
  parcelTab: 'Package {n} of {count}', // English until translated
  parcelLoading: 'Loading', // English until translated
  parcelNotFound: 'Not found', // English until translated
  parcelFailed: 'Unavailable', // English until translated
  pendingTitle: 'لا توجد تحديثات تتبع بعد',
  pendingBody: 'قد يستغرق ظهور أول مسح للأرقام الجديدة يومًا أو يومين.',
  notFound: 'لم نعثر على رقم التتبع {number}.',
  notFoundHint: 'قد يستغرق ظهور الأرقام الجديدة يومًا أو يومين. تحقّق من الرقم أو حاول مرة أخرى لاحقًا.',
  errorTitle: 'التتبع غير متاح حاليًا',
  network: 'تعذّر الوصول إلى خدمة التتبع. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.',
  timeout: 'استغرقت خدمة التتبع وقتًا طويلًا في الرد. يُرجى المحاولة مرة أخرى.',
  http: 'واجهت خدمة التتبع مشكلة. يُرجى المحاولة مرة أخرى لاحقًا.',
  invalid: 'تلقّينا معلومات تتبع تعذّرت قراءتها.',
  missingFile: 'ينقص أداة التتبع هذه أحد ملفاتها. ارفع جميع ملفات dist/ بجانب order-tracker.js.',
  retry: 'إعادة المحاولة',
  staleNotice: 'تعذّر التحديث — تُعرض المعلومات كما كانت في {time}',
  carrierLine: 'شركة الشحن: {carrier}',
  phoneLine: 'الهاتف: {phone}',
  stepLabel: {
    A: 'التجهيز',
    B: 'الشحن',
    C: 'التصدير',
    D: 'دولي',
    E: 'الجمارك',
    F: 'في بلدك',
    G: 'الفرز',
    H: 'التوصيل',
  },
  stageDone: {
    A: 'جهّز المتجر طردك وسلّمه إلى شركة الشحن.',
    B: 'نقلته شركة الشحن إلى منشأة جهّزته للمرحلة التالية.',
    C: 'غادر منشأة الشحن واجتاز جمارك التصدير.',
    D: 'غادر بلد المنشأ متجهًا إلى بلدك.',
    E: 'اجتاز الجمارك في بلدك.',
    F: 'وصل إلى مركز رئيسي في بلدك.',
    G: 'تم فرزه للتوصيل المحلي.',
    H: 'تم تسليمه.',
  },
  stageNext: {
    A: 'يجهّز المتجر طردك لشركة الشحن.',
    B: 'تنقله شركة الشحن إلى منشأة تجهّزه للمرحلة التالية.',
    C: 'يغادر منشأة الشحن ويجتاز جمارك التصدير.',
    D: 'يغادر بلد المنشأ متجهًا إلى بلدك.',
    E: 'تعالجه الجمارك في بلدك، وقد تتحدّث الحالة عدة مرات.',
    F: 'يصل إلى مركز رئيسي في بلدك.',
    G: 'يتم فرزه للتوصيل المحلي.',
    H: 'توصله شركة التوصيل المحلية إلى بابك.',
  },
  arrival: {
    delivered: 'وصل طردك.',
    out_for_delivery: 'المندوب في طريقه إلى بابك.',
    available_for_pickup: 'طردك بانتظارك في نقطة الاستلام. أحضر رقم التتبع لاستلامه.',
    failed_attempt:
      'تعذّر على المندوب تسليم الطرد. ابحث عن إشعار التسليم أو اسأل شركة التوصيل عن موعد المحاولة التالية.',
  },
  stepState: {done: 'مكتملة', current: 'الحالية', upcoming: 'قادمة'},
  stepDone: 'اكتملت في {date}: {meaning}',
  stepDoneUndated: 'اكتملت: {meaning}',
  stepNext: 'التالي: {meaning}',
  stepLater: 'لاحقًا: {meaning}',
  deliveredOn: 'تم التسليم في {date}',
  lastUpdate: 'آخر تحديث {time}',
  lastUpdateAt: 'آخر تحديث {time} · {place}',
  lastSeen: 'آخر موقع: {place}',
  deliveredSameDay: 'تم التسليم في أقل من يوم',
  shippedToday: 'تم الشحن اليوم',
  noUpdateSince: 'لا تحديثات منذ {date}',
  regionName: 'الطرد {number}',
  carrierTrackingNumber: 'رقم تتبع {carrier}',
  localTrackingNumber: 'رقم التتبع الجديد',
  showAll: {
    zero: 'عرض التحديثات',
    one: 'عرض التحديث',
    two: 'عرض التحديثين',
    few: 'عرض التحديثات الـ{n} كلها',
    many: 'عرض التحديثات الـ{n} كلها',
    other: 'عرض التحديثات الـ{n} كلها',
  },
  showFewer: 'عرض أقل',
  trackingNumberLine: 'رقم التتبع: {number}',
  latestNumberLine: 'رقم التتبع الجديد: {number}',
  refusedNumber: '«{number}» ليس رقم تتبع.',
  refusedNumberHint: 'يتكوّن رقم التتبع من 5 إلى 50 حرفًا أو رقمًا أو شرطة. تحقّق منه وحاول مرة أخرى.',
  nextTry: 'المحاولة التالية في {time}.',
  retrying: 'جارٍ إعادة المحاولة…',
} satisfies AllMessages;
