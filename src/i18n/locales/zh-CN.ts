import type {AllMessages} from '../messages.js';

/**
 * Simplified Chinese: the words of 菜鸟 and Taobao logistics pages — 运单号, 已揽收, 运输中, 清关中,
 * 派送中, 已签收, 待取件, 分拣中心, 分拨中心, 国际互换局, 物流详情. CAINIAO is written 菜鸟 in
 * running text (the logo keeps its Latin name). Chinese has one plural form, `other`.
 */
export default {
  status: {
    pending: '尚未发货',
    in_transit: '运输中',
    customs: '清关中',
    out_for_delivery: '派送中',
    delivered: '已签收',
    available_for_pickup: '待取件',
    failed_attempt: '派送失败',
    exception: '包裹异常',
  },
  stageLabel: {
    A: '已揽收 / 已通知承运商',
    B: '运输中 / 已到达承运商处理中心',
    C: '已离开处理中心 / 出口清关完成',
    D: '到达 / 离开国际互换局',
    E: '目的国进口清关',
    F: '到达当地分拨中心 / 运输中',
    G: '分拣中心处理中 / 已通知派送公司',
    H: '派送中 / 已签收',
  },
  stageMeaning: {
    A: '商家已备好您的包裹，等待承运商揽收。',
    B: '正前往或已到达处理中心，准备进入下一段运输。',
    C: '包裹已离开发货处理中心，并在始发国完成出口清关。',
    D: '包裹正在离开始发国，或已在发往您所在国家的途中。',
    E: '您所在国家的海关正在处理该包裹，状态可能会多次更新。',
    F: '包裹已到达您所在国家的主要分拨中心，正在发往派送地。',
    G: '已完成本地派送分拣，当地派送公司正在准备最后一段派送。',
    H: '正在派送上门。',
  },
  deliveredIn: {other: '{n} 天送达'},
  daysInTransit: {other: '已运输 {n} 天'},
  estimatedDelivery: '预计送达：{window}',
  trackingNumber: '运单号',
  latest: '最新',
  copyNumber: '复制运单号 {number}',
  copy: '复制',
  progress: '物流进度',
  stageStep: '第 {n} 步，共 {total} 步，{label}：{state}',
  route: '运输路线',
  mainlandChina: '中国大陆',
  origin: '始发地',
  destination: '目的地',
  deliveryLocation: '派送地点',
  history: '物流详情',
  eventOfLatest: '转单号',
  eventOfOriginal: '原单号',
  localCarrier: '当地派送公司',
  call: '致电 {carrier}：{phone}',
  trackOn: '在 {carrier} 官网查询',
  trackYourself: '请复制最新运单号，前往 {carrier} 官网查询。',
  carrierWebsite: '{carrier} 官网',
  cainiaoLink: '在菜鸟官网查询。',
  cainiaoHint: '菜鸟可同时显示两个运单号。',
  copyDetails: '复制物流信息',
  copied: '已复制',
  copyFailed: '复制失败。请选中文本后手动复制。',
  loading: '正在加载物流信息…',
  noNumber: '输入运单号，查看包裹当前位置。',
  noSource: '此物流追踪组件尚未设置数据来源：请设置其 src 属性或 data 属性。',
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
  pendingTitle: '暂无物流动态',
  pendingBody: '新运单号可能需要一两天才会出现首条扫描记录。',
  notFound: '未找到运单号 {number}。',
  notFoundHint: '新运单号可能需要一两天才能查到。请核对单号，或稍后再试。',
  errorTitle: '暂时无法查询物流',
  network: '无法连接物流查询服务。请检查网络连接后重试。',
  timeout: '物流查询服务响应超时，请重试。',
  http: '物流查询服务出现问题，请稍后再试。',
  invalid: '收到的物流信息无法识别。',
  missingFile: '此物流追踪组件缺少文件。请将 dist/ 中的所有文件上传到 order-tracker.js 所在位置。',
  retry: '重试',
  staleNotice: '刷新失败，当前显示 {time} 的信息',
  carrierLine: '承运商：{carrier}',
  phoneLine: '电话：{phone}',
  stepLabel: {
    A: '已备货',
    B: '已发货',
    C: '出口',
    D: '国际运输',
    E: '清关',
    F: '到达目的国',
    G: '分拣',
    H: '派送',
  },
  stageDone: {
    A: '商家已备好您的包裹并交给承运商。',
    B: '承运商已将包裹送到处理中心，为下一段运输做好准备。',
    C: '包裹已离开发货处理中心，完成出口清关。',
    D: '包裹已离开始发国，发往您所在的国家。',
    E: '包裹已在您所在国家完成清关。',
    F: '包裹已到达您所在国家的主要分拨中心。',
    G: '包裹已完成本地派送分拣。',
    H: '包裹已签收。',
  },
  stageNext: {
    A: '商家为承运商备好您的包裹。',
    B: '承运商将包裹送到处理中心，为下一段运输做准备。',
    C: '包裹离开发货处理中心，办理出口清关。',
    D: '包裹离开始发国，发往您所在的国家。',
    E: '您所在国家的海关处理该包裹，状态可能会多次更新。',
    F: '包裹到达您所在国家的主要分拨中心。',
    G: '包裹进行本地派送分拣。',
    H: '当地派送公司将包裹送到您手中。',
  },
  arrival: {
    delivered: '您的包裹已送达。',
    out_for_delivery: '快递员正在为您派送。',
    available_for_pickup: '包裹已到取件点，请凭运单号取件。',
    failed_attempt: '快递员派送未成功。请留意派送通知，或联系派送公司确认再次派送的时间。',
  },
  stepState: {done: '已完成', current: '当前', upcoming: '未开始'},
  stepDone: '{date}已完成：{meaning}',
  stepDoneUndated: '已完成：{meaning}',
  stepNext: '下一步：{meaning}',
  stepLater: '之后：{meaning}',
  deliveredOn: '{date}已签收',
  lastUpdate: '最近更新：{time}',
  lastUpdateAt: '最近更新：{time} · {place}',
  lastSeen: '最后位置：{place}',
  deliveredSameDay: '当天送达',
  shippedToday: '今天已发货',
  noUpdateSince: '自{date}起暂无更新',
  regionName: '包裹 {number}',
  carrierTrackingNumber: '{carrier} 转单号',
  localTrackingNumber: '转单号',
  showAll: {other: '查看全部 {n} 条物流动态'},
  showFewer: '收起',
  trackingNumberLine: '运单号：{number}',
  latestNumberLine: '转单号：{number}',
  refusedNumber: '“{number}”不是有效的运单号。',
  refusedNumberHint: '运单号由 5 到 50 个字母、数字或连字符组成。请检查后重试。',
  nextTry: '将于 {time} 再次尝试。',
  retrying: '正在重试…',
} satisfies AllMessages;
