import type {AllMessages} from '../messages.js';

/**
 * Spanish (Spain and Latin America alike): the words of Correos and Spanish shops — "En reparto",
 * "aduanas", "centro de clasificación", "número de seguimiento" — addressing the customer as «tú».
 * `many` is the "1.000.000 de días" form of Intl.PluralRules.
 */
export default {
  status: {
    pending: 'Aún no enviado',
    in_transit: 'En tránsito',
    customs: 'En aduanas',
    out_for_delivery: 'En reparto',
    delivered: 'Entregado',
    available_for_pickup: 'Disponible para recoger',
    failed_attempt: 'Intento de entrega fallido',
    exception: 'Incidencia en la entrega',
  },
  stageLabel: {
    A: 'Paquete recogido / Aviso al transportista',
    B: 'En tránsito / Llegada al centro del transportista',
    C: 'Salida del centro / Despacho de exportación completado',
    D: 'Llegada / Salida de la oficina de cambio internacional',
    E: 'Despacho de aduanas en el país de destino',
    F: 'Llegada al centro logístico local / En tránsito',
    G: 'En centro de clasificación / Aviso al transportista local',
    H: 'En reparto / Entregado',
  },
  stageMeaning: {
    A: 'La tienda ha preparado tu paquete; está listo para que lo recoja el transportista.',
    B: 'De camino a un centro que lo prepara para el siguiente tramo, o ya ha llegado a él.',
    C: 'Ha salido del centro de envío y ha pasado la aduana del país de origen.',
    D: 'Está saliendo del país de origen o ya va de camino a tu país.',
    E: 'La aduana de tu país lo está tramitando; el estado puede actualizarse varias veces.',
    F: 'Ha llegado a un centro logístico principal de tu país y avanza hacia la entrega.',
    G: 'Clasificado para el reparto local; la empresa de reparto prepara el último tramo.',
    H: 'De camino a tu puerta.',
  },
  deliveredIn: {one: 'Entregado en {n} día', many: 'Entregado en {n} de días', other: 'Entregado en {n} días'},
  daysInTransit: {one: '{n} día en tránsito', many: '{n} de días en tránsito', other: '{n} días en tránsito'},
  estimatedDelivery: 'Entrega estimada: {window}',
  trackingNumber: 'Número de seguimiento',
  latest: 'Nuevo',
  copyNumber: 'Copiar el número de seguimiento {number}',
  copy: 'Copiar',
  progress: 'Progreso del envío',
  stageStep: 'Paso {n} de {total}, {label}: {state}',
  route: 'Ruta',
  mainlandChina: 'China continental',
  origin: 'Origen',
  destination: 'Destino',
  deliveryLocation: 'Lugar de entrega',
  history: 'Historial de seguimiento',
  eventOfLatest: 'Número nuevo',
  eventOfOriginal: 'Número original',
  localCarrier: 'Transportista local',
  call: 'Llamar a {carrier} al {phone}',
  trackOn: 'Ver seguimiento en {carrier}',
  trackYourself: 'Copia el número de seguimiento más reciente y consúltalo en la web de {carrier}.',
  carrierWebsite: 'Web de {carrier}',
  cainiaoLink: 'Ver seguimiento en CAINIAO.',
  cainiaoHint: 'CAINIAO muestra los dos números de seguimiento.',
  copyDetails: 'Copiar detalles',
  copied: 'Copiado',
  copyFailed: 'No se ha podido copiar. Selecciona el texto y cópialo manualmente.',
  loading: 'Cargando la información de seguimiento…',
  noNumber: 'Introduce un número de seguimiento para ver dónde está tu paquete.',
  noSource: 'Este seguimiento aún no tiene fuente de datos: define su atributo src o su propiedad data.',
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
  pendingTitle: 'Aún no hay novedades de seguimiento',
  pendingBody: 'Un número nuevo puede tardar uno o dos días en mostrar su primer escaneo.',
  notFound: 'No hemos encontrado el número de seguimiento {number}.',
  notFoundHint:
    'Los números nuevos pueden tardar uno o dos días en aparecer. Comprueba el número o vuelve a intentarlo más tarde.',
  errorTitle: 'El seguimiento no está disponible en este momento',
  network: 'No hemos podido conectar con el servicio de seguimiento. Comprueba tu conexión y vuelve a intentarlo.',
  timeout: 'El servicio de seguimiento ha tardado demasiado en responder. Vuelve a intentarlo.',
  http: 'El servicio de seguimiento ha tenido un problema. Vuelve a intentarlo más tarde.',
  invalid: 'Hemos recibido información de seguimiento que no podemos leer.',
  missingFile:
    'A este seguimiento le falta uno de sus archivos. Sube todos los archivos de dist/ junto a order-tracker.js.',
  retry: 'Reintentar',
  staleNotice: 'No se ha podido actualizar. Última actualización: {time}',
  carrierLine: 'Transportista: {carrier}',
  phoneLine: 'Teléfono: {phone}',
  stepLabel: {
    A: 'Preparado',
    B: 'Enviado',
    C: 'Exportación',
    D: 'Internacional',
    E: 'Aduana',
    F: 'En tu país',
    G: 'Clasificación',
    H: 'Entrega',
  },
  stageDone: {
    A: 'la tienda preparó tu paquete y se lo entregó al transportista.',
    B: 'el transportista lo llevó a un centro que lo preparó para el siguiente tramo.',
    C: 'salió del centro de envío y pasó el despacho de exportación.',
    D: 'salió del país de origen hacia el tuyo.',
    E: 'pasó la aduana de tu país.',
    F: 'llegó a un centro logístico principal de tu país.',
    G: 'se clasificó para el reparto local.',
    H: 'se entregó.',
  },
  stageNext: {
    A: 'la tienda prepara tu paquete para el transportista.',
    B: 'el transportista lo lleva a un centro que lo prepara para el siguiente tramo.',
    C: 'sale del centro de envío y pasa el despacho de exportación.',
    D: 'sale del país de origen hacia el tuyo.',
    E: 'la aduana de tu país lo tramita; el estado puede actualizarse varias veces.',
    F: 'llega a un centro logístico principal de tu país.',
    G: 'se clasifica para el reparto local.',
    H: 'la empresa de reparto local lo lleva a tu puerta.',
  },
  arrival: {
    delivered: 'Tu paquete ha llegado.',
    out_for_delivery: 'El repartidor va de camino a tu puerta.',
    available_for_pickup:
      'Tu paquete te espera en un punto de recogida. Lleva tu número de seguimiento para recogerlo.',
    failed_attempt:
      'El repartidor no pudo entregarlo. Busca el aviso de llegada o pregunta al transportista cuándo volverá a intentarlo.',
  },
  stepState: {done: 'completada', current: 'en curso', upcoming: 'pendiente'},
  stepDone: 'Completado el {date}: {meaning}',
  stepDoneUndated: 'Completado: {meaning}',
  stepNext: 'Siguiente: {meaning}',
  stepLater: 'Más adelante: {meaning}',
  deliveredOn: 'Entregado el {date}',
  lastUpdate: 'Última actualización {time}',
  lastUpdateAt: 'Última actualización {time} · {place}',
  lastSeen: 'Último escaneo en {place}',
  deliveredSameDay: 'Entregado en menos de un día',
  shippedToday: 'Enviado hoy',
  noUpdateSince: 'Sin novedades desde el {date}',
  regionName: 'Paquete {number}',
  carrierTrackingNumber: 'Número de seguimiento de {carrier}',
  localTrackingNumber: 'Nuevo número de seguimiento',
  showAll: {one: 'Ver {n} actualización', many: 'Ver las {n} de actualizaciones', other: 'Ver las {n} actualizaciones'},
  showFewer: 'Ver menos',
  trackingNumberLine: 'Número de seguimiento: {number}',
  latestNumberLine: 'Nuevo número de seguimiento: {number}',
  refusedNumber: '«{number}» no es un número de seguimiento.',
  refusedNumberHint:
    'Un número de seguimiento tiene de 5 a 50 letras, cifras o guiones. Revísalo e inténtalo de nuevo.',
  nextTry: 'Próximo intento a las {time}.',
  retrying: 'Reintentando…',
} satisfies AllMessages;
