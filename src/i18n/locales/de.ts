import type {Messages} from '../messages.js';

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
    A: 'Der Shop hat das Paket vorbereitet; es ist bereit zur Abholung durch den Versanddienstleister.',
    B: 'Auf dem Weg zu einem Logistikzentrum, das es für die nächste Etappe vorbereitet, oder bereits dort angekommen.',
    C: 'Es hat das Logistikzentrum verlassen und wurde im Herkunftsland zur Ausfuhr abgefertigt.',
    D: 'Es verlässt gerade das Herkunftsland oder ist bereits auf dem Weg in Ihr Land.',
    E: 'Der Zoll in Ihrem Land bearbeitet die Sendung; der Status kann sich dabei mehrmals ändern.',
    F: 'Es ist in einem großen Verteilzentrum in Ihrem Land angekommen und auf dem Weg zur Zustellung.',
    G: 'Für die Zustellung sortiert; der Zustelldienst vor Ort bereitet die letzte Etappe vor.',
    H: 'Auf dem Weg zu Ihrer Tür oder bereits zugestellt.',
  },
  deliveredIn: {one: 'In {n} Tag zugestellt', other: 'In {n} Tagen zugestellt'},
  daysInTransit: {one: 'Seit {n} Tag unterwegs', other: 'Seit {n} Tagen unterwegs'},
  estimatedDelivery: 'Voraussichtliche Zustellung',
  trackingNumber: 'Sendungsnummer',
  latestTrackingNumber: 'Aktuelle Sendungsnummer',
  latest: 'Aktuell',
  copyNumber: 'Sendungsnummer {number} kopieren',
  copy: 'Kopieren',
  progress: 'Versandfortschritt',
  stageStep: 'Schritt {stage}: {label}',
  route: 'Versandweg',
  mainlandChina: 'Festlandchina',
  origin: 'Von',
  destination: 'Nach',
  deliveryLocation: 'Zustellort',
  history: 'Sendungsverlauf',
  eventOfLatest: 'Aktuelle Nummer',
  eventOfOriginal: 'Ursprüngliche Nummer',
  localCarrier: 'Zustelldienst vor Ort',
  call: '{carrier} anrufen',
  trackOn: 'Bei {carrier} verfolgen',
  trackYourself:
    'Kopieren Sie die aktuelle Sendungsnummer und verfolgen Sie die Sendung auf der Website von {carrier}.',
  carrierWebsite: 'Website von {carrier}',
  cainiaoLink: 'Bei CAINIAO verfolgen',
  cainiaoHint: 'CAINIAO zeigt beide Sendungsnummern an.',
  copyDetails: 'Details kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn manuell.',
  loading: 'Sendungsdaten werden geladen…',
  noNumber: 'Geben Sie eine Sendungsnummer ein, um zu sehen, wo Ihr Paket ist.',
  noSource:
    'Für diese Sendungsverfolgung ist noch keine Datenquelle festgelegt: Attribut src oder Eigenschaft data setzen.',
  pendingTitle: 'Noch keine Sendungsinformationen',
  pendingBody:
    'Die Bestellung wird vorbereitet. Neuigkeiten erscheinen hier, sobald der Versanddienstleister das Paket scannt.',
  notFound: 'Die Sendungsnummer {number} wurde nicht gefunden.',
  notFoundHint:
    'Neue Sendungsnummern erscheinen oft erst nach ein bis zwei Tagen. Prüfen Sie die Nummer oder versuchen Sie es später erneut.',
  errorTitle: 'Die Sendungsverfolgung ist gerade nicht verfügbar',
  network: 'Der Tracking-Dienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  timeout: 'Der Tracking-Dienst hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
  http: 'Der Tracking-Dienst hat einen Fehler gemeldet ({status}). Bitte versuchen Sie es später erneut.',
  invalid: 'Die erhaltenen Sendungsdaten konnten nicht gelesen werden.',
  missingFile: 'This tracker is missing one of its files. Upload every file of dist/ beside order-tracker.js.', // English until translated
  retry: 'Erneut versuchen',
  staleNotice: 'Aktualisierung nicht möglich – Stand: {time}',
  carrierLine: 'Versanddienstleister: {carrier}',
  phoneLine: 'Telefon: {phone}',
  refusedNumber: '“{number}” is not a tracking number.', // English until translated
  refusedNumberHint: 'A tracking number has 5 to 50 letters, digits or hyphens. Check it and try again.', // English until translated
  nextTry: 'Next try at {time}.', // English until translated
  retrying: 'Trying again…', // English until translated
} satisfies Messages;
