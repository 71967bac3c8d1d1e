import type {AllMessages} from '../messages.js';

/**
 * German: the words of DHL / Deutsche Post — „Sendungsnummer“, „in Zustellung“, „zugestellt“,
 * „Zollabfertigung“, „Sortierzentrum“, „Zustellversuch“, „Internationales Postzentrum“ — with „Sie“.
 */
export default {
  status: {
    pending: 'Noch nicht versandt',
    in_transit: 'Unterwegs',
    customs: 'Zollabfertigung',
    out_for_delivery: 'In Zustellung',
    delivered: 'Zugestellt',
    available_for_pickup: 'Abholbereit',
    failed_attempt: 'Zustellversuch erfolglos',
    exception: 'Problem bei der Zustellung',
  },
  stageLabel: {
    A: 'Sendung abgeholt / Versanddienstleister informiert',
    B: 'Unterwegs / Im Logistikzentrum eingetroffen',
    C: 'Logistikzentrum verlassen / Exportabfertigung abgeschlossen',
    D: 'Internationales Postzentrum: angekommen / abgegangen',
    E: 'Zollabfertigung im Zielland',
    F: 'Im Verteilzentrum im Zielland eingetroffen / Unterwegs',
    G: 'Bearbeitung im Sortierzentrum / Zustelldienst informiert',
    H: 'In Zustellung / Zugestellt',
  },
  stageMeaning: {
    A: 'Der Shop hat Ihr Paket vorbereitet; es ist bereit zur Abholung durch den Versanddienstleister.',
    B: 'Auf dem Weg zu einem Logistikzentrum, das es für die nächste Etappe vorbereitet, oder bereits dort angekommen.',
    C: 'Es hat das Logistikzentrum verlassen und wurde im Herkunftsland zur Ausfuhr abgefertigt.',
    D: 'Es verlässt gerade das Herkunftsland oder ist bereits auf dem Weg in Ihr Land.',
    E: 'Der Zoll in Ihrem Land bearbeitet die Sendung; der Status kann sich dabei mehrmals ändern.',
    F: 'Es ist in einem großen Verteilzentrum in Ihrem Land angekommen und auf dem Weg zur Zustellung.',
    G: 'Für die Zustellung sortiert; der Zustelldienst vor Ort bereitet die letzte Etappe vor.',
    H: 'Auf dem Weg zu Ihrer Tür.',
  },
  deliveredIn: {one: 'In {n} Tag zugestellt', other: 'In {n} Tagen zugestellt'},
  daysInTransit: {one: 'Seit {n} Tag unterwegs', other: 'Seit {n} Tagen unterwegs'},
  estimatedDelivery: 'Voraussichtliche Zustellung: {window}',
  trackingNumber: 'Sendungsnummer',
  latest: 'Neu',
  copyNumber: 'Sendungsnummer {number} kopieren',
  copy: 'Kopieren',
  progress: 'Versandfortschritt',
  stageStep: 'Schritt {n} von {total}, {label}: {state}',
  route: 'Versandweg',
  mainlandChina: 'Festlandchina',
  origin: 'Von',
  destination: 'Nach',
  deliveryLocation: 'Zustellort',
  history: 'Sendungsverlauf',
  eventOfLatest: 'Neue Nummer',
  eventOfOriginal: 'Ursprüngliche Nummer',
  localCarrier: 'Zustelldienst vor Ort',
  call: '{carrier} unter {phone} anrufen',
  trackOn: 'Bei {carrier} verfolgen',
  trackYourself:
    'Kopieren Sie die aktuelle Sendungsnummer und verfolgen Sie die Sendung auf der Website von {carrier}.',
  carrierWebsite: 'Website von {carrier}',
  cainiaoLink: 'Bei CAINIAO verfolgen.',
  cainiaoHint: 'CAINIAO zeigt beide Sendungsnummern an.',
  copyDetails: 'Details kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn manuell.',
  loading: 'Sendungsdaten werden geladen…',
  noNumber: 'Geben Sie eine Sendungsnummer ein, um zu sehen, wo Ihr Paket ist.',
  noSource:
    'Für diese Sendungsverfolgung ist noch keine Datenquelle festgelegt: Attribut src oder Eigenschaft data setzen.',
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
  pendingTitle: 'Noch keine Sendungsdaten',
  pendingBody: 'Bei neuen Sendungsnummern kann der erste Scan ein bis zwei Tage dauern.',
  notFound: 'Die Sendungsnummer {number} wurde nicht gefunden.',
  notFoundHint:
    'Neue Sendungsnummern erscheinen oft erst nach ein bis zwei Tagen. Prüfen Sie die Nummer oder versuchen Sie es später erneut.',
  errorTitle: 'Die Sendungsverfolgung ist gerade nicht verfügbar',
  network:
    'Der Dienst zur Sendungsverfolgung ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  timeout: 'Der Dienst zur Sendungsverfolgung hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
  http: 'Beim Dienst zur Sendungsverfolgung ist ein Problem aufgetreten. Bitte versuchen Sie es später erneut.',
  invalid: 'Die erhaltenen Sendungsdaten konnten nicht gelesen werden.',
  missingFile:
    'Dieser Sendungsverfolgung fehlt eine ihrer Dateien. Laden Sie alle Dateien aus dist/ neben order-tracker.js hoch.',
  retry: 'Erneut versuchen',
  staleNotice: 'Aktualisierung nicht möglich – Stand: {time}',
  carrierLine: 'Versanddienstleister: {carrier}',
  phoneLine: 'Telefon: {phone}',
  stepLabel: {
    A: 'Vorbereitet',
    B: 'Versandt',
    C: 'Ausfuhr',
    D: 'International',
    E: 'Zoll',
    F: 'Im Zielland',
    G: 'Sortierung',
    H: 'Zustellung',
  },
  stageDone: {
    A: 'Der Shop hat Ihr Paket vorbereitet und dem Versanddienstleister übergeben.',
    B: 'Der Versanddienstleister hat es in ein Logistikzentrum gebracht und für die nächste Etappe vorbereitet.',
    C: 'Es hat das Logistikzentrum verlassen und wurde zur Ausfuhr abgefertigt.',
    D: 'Es hat das Herkunftsland in Richtung Ihres Landes verlassen.',
    E: 'Es wurde in Ihrem Land verzollt.',
    F: 'Es ist in einem großen Verteilzentrum in Ihrem Land angekommen.',
    G: 'Es wurde für die Zustellung sortiert.',
    H: 'Es wurde zugestellt.',
  },
  stageNext: {
    A: 'Der Shop bereitet Ihr Paket für den Versanddienstleister vor.',
    B: 'Der Versanddienstleister bringt es in ein Logistikzentrum, das es für die nächste Etappe vorbereitet.',
    C: 'Es verlässt das Logistikzentrum und wird zur Ausfuhr abgefertigt.',
    D: 'Es verlässt das Herkunftsland in Richtung Ihres Landes.',
    E: 'Der Zoll in Ihrem Land bearbeitet die Sendung; der Status kann sich dabei mehrmals ändern.',
    F: 'Es kommt in einem großen Verteilzentrum in Ihrem Land an.',
    G: 'Es wird für die Zustellung sortiert.',
    H: 'Der Zustelldienst vor Ort bringt es zu Ihrer Tür.',
  },
  arrival: {
    delivered: 'Ihr Paket ist angekommen.',
    out_for_delivery: 'Der Zusteller ist auf dem Weg zu Ihrer Tür.',
    available_for_pickup: 'Ihr Paket liegt zur Abholung bereit. Nehmen Sie Ihre Sendungsnummer mit.',
    failed_attempt:
      'Der Zusteller konnte das Paket nicht zustellen. Achten Sie auf eine Benachrichtigung oder fragen Sie beim Zustelldienst nach dem nächsten Versuch.',
  },
  stepState: {done: 'erledigt', current: 'aktuell', upcoming: 'ausstehend'},
  stepDone: 'Erledigt am {date}: {meaning}',
  stepDoneUndated: 'Erledigt: {meaning}',
  stepNext: 'Als Nächstes: {meaning}',
  stepLater: 'Später: {meaning}',
  deliveredOn: 'Zugestellt am {date}',
  lastUpdate: 'Letzte Aktualisierung {time}',
  lastUpdateAt: 'Letzte Aktualisierung {time} · {place}',
  lastSeen: 'Zuletzt erfasst in {place}',
  deliveredSameDay: 'In weniger als einem Tag zugestellt',
  shippedToday: 'Heute versandt',
  noUpdateSince: 'Keine Neuigkeiten seit {date}',
  regionName: 'Sendung {number}',
  carrierTrackingNumber: '{carrier}-Sendungsnummer',
  localTrackingNumber: 'Neue Sendungsnummer',
  showAll: {one: '{n} Aktualisierung anzeigen', other: 'Alle {n} Aktualisierungen anzeigen'},
  showFewer: 'Weniger anzeigen',
  trackingNumberLine: 'Sendungsnummer: {number}',
  latestNumberLine: 'Neue Sendungsnummer: {number}',
  refusedNumber: '„{number}“ ist keine Sendungsnummer.',
  refusedNumberHint:
    'Eine Sendungsnummer besteht aus 5 bis 50 Buchstaben, Ziffern oder Bindestrichen. Bitte prüfen Sie sie und versuchen Sie es erneut.',
  nextTry: 'Nächster Versuch um {time}.',
  retrying: 'Neuer Versuch …',
} satisfies AllMessages;
