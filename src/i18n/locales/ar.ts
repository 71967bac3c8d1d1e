import type {Messages} from '../messages.js';

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
    A: 'جهّز المتجر الطرد، وأصبح جاهزًا لتستلمه شركة الشحن.',
    B: 'في طريقه إلى منشأة تجهّزه للمرحلة التالية، أو وصل إليها بالفعل.',
    C: 'غادر منشأة الشحن واجتاز الجمارك في بلد المنشأ.',
    D: 'يغادر بلد المنشأ، أو أصبح بالفعل في طريقه إلى بلدك.',
    E: 'تعالج الجمارك في بلدك الطرد الآن، وقد تتحدّث الحالة عدة مرات.',
    F: 'وصل إلى مركز رئيسي في بلدك ويتّجه نحو التسليم.',
    G: 'تم فرزه للتوصيل المحلي، وتجهّز شركة التوصيل المحلية المرحلة الأخيرة.',
    H: 'في طريقه إلى بابك، أو تم تسليمه.',
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
  estimatedDelivery: 'موعد التسليم المتوقع',
  trackingNumber: 'رقم التتبع',
  latestTrackingNumber: 'أحدث رقم تتبع',
  latest: 'الأحدث',
  copyNumber: 'نسخ رقم التتبع {number}',
  copy: 'نسخ',
  progress: 'تقدّم الشحنة',
  stageStep: 'المرحلة {stage}: {label}',
  route: 'مسار الشحنة',
  mainlandChina: 'البر الرئيسي للصين',
  origin: 'من',
  destination: 'إلى',
  deliveryLocation: 'موقع التسليم',
  history: 'سجل التتبع',
  eventOfLatest: 'الرقم الأحدث',
  eventOfOriginal: 'الرقم الأصلي',
  localCarrier: 'شركة التوصيل المحلية',
  call: 'الاتصال بـ {carrier}',
  trackOn: 'التتبع على موقع {carrier}',
  trackYourself: 'انسخ أحدث رقم تتبع وتتبّع شحنتك على موقع {carrier} الإلكتروني.',
  carrierWebsite: 'موقع {carrier} الإلكتروني',
  cainiaoLink: 'التتبع على موقع CAINIAO',
  cainiaoHint: 'يعرض موقع CAINIAO رقمَي التتبع كليهما.',
  copyDetails: 'نسخ التفاصيل',
  copied: 'تم النسخ',
  copyFailed: 'تعذّر النسخ. حدّد النص وانسخه يدويًا.',
  loading: 'جارٍ تحميل معلومات التتبع…',
  noNumber: 'أدخل رقم التتبع لمعرفة مكان طردك.',
  noSource: 'لا يوجد مصدر بيانات لأداة التتبع هذه بعد: عيّن السمة src أو الخاصية data.',
  pendingTitle: 'لا توجد معلومات تتبع بعد',
  pendingBody: 'يجري تجهيز الطلب. ستظهر التحديثات هنا فور مسح شركة الشحن للطرد.',
  notFound: 'لم نعثر على رقم التتبع {number}.',
  notFoundHint: 'قد يستغرق ظهور الأرقام الجديدة يومًا أو يومين. تحقّق من الرقم أو حاول مرة أخرى لاحقًا.',
  errorTitle: 'التتبع غير متاح حاليًا',
  network: 'تعذّر الوصول إلى خدمة التتبع. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.',
  timeout: 'استغرقت خدمة التتبع وقتًا طويلًا في الرد. يُرجى المحاولة مرة أخرى.',
  http: 'ردّت خدمة التتبع بخطأ ({status}). يُرجى المحاولة مرة أخرى لاحقًا.',
  invalid: 'تلقّينا معلومات تتبع تعذّرت قراءتها.',
  missingFile: 'This tracker is missing one of its files. Upload every file of dist/ beside order-tracker.js.', // English until translated
  retry: 'إعادة المحاولة',
  staleNotice: 'تعذّر التحديث — تُعرض المعلومات كما كانت في {time}',
  carrierLine: 'شركة الشحن: {carrier}',
  phoneLine: 'الهاتف: {phone}',
  refusedNumber: '“{number}” is not a tracking number.', // English until translated
  refusedNumberHint: 'A tracking number has 5 to 50 letters, digits or hyphens. Check it and try again.', // English until translated
  nextTry: 'Next try at {time}.', // English until translated
  retrying: 'Trying again…', // English until translated
} satisfies Messages;
