import type {Messages} from '../messages.js';

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
    C: 'Salida del centro / Exportación despachada',
    D: 'Llegada / Salida de la oficina de cambio internacional',
    E: 'Despacho de aduanas en el país de destino',
    F: 'Llegada al centro logístico local / En tránsito',
    G: 'En centro de clasificación / Aviso al transportista local',
    H: 'En reparto / Entregado',
  },
  stageMeaning: {
    A: 'La tienda ha preparado el paquete; está listo para que lo recoja el transportista.',
    B: 'De camino a un centro que lo prepara para el siguiente tramo, o ya ha llegado a él.',
    C: 'Ha salido del centro de envío y ha pasado la aduana del país de origen.',
    D: 'Está saliendo del país de origen o ya va de camino a tu país.',
    E: 'La aduana de tu país lo está tramitando; el estado puede actualizarse varias veces.',
    F: 'Ha llegado a un centro logístico principal de tu país y avanza hacia la entrega.',
    G: 'Clasificado para el reparto local; la empresa de reparto prepara el último tramo.',
    H: 'De camino a tu puerta, o ya entregado.',
  },
  deliveredIn: {one: 'Entregado en {n} día', many: 'Entregado en {n} de días', other: 'Entregado en {n} días'},
  daysInTransit: {one: '{n} día en tránsito', many: '{n} de días en tránsito', other: '{n} días en tránsito'},
  estimatedDelivery: 'Entrega estimada',
  trackingNumber: 'Número de seguimiento',
  latestTrackingNumber: 'Número de seguimiento más reciente',
  latest: 'Más reciente',
  copyNumber: 'Copiar el número de seguimiento {number}',
  copy: 'Copiar',
  progress: 'Progreso del envío',
  stageStep: 'Etapa {stage}: {label}',
  route: 'Ruta',
  mainlandChina: 'China continental',
  origin: 'Origen',
  destination: 'Destino',
  deliveryLocation: 'Lugar de entrega',
  history: 'Historial de seguimiento',
  eventOfLatest: 'Número más reciente',
  eventOfOriginal: 'Número original',
  localCarrier: 'Transportista local',
  call: 'Llamar a {carrier}',
  trackOn: 'Ver seguimiento en {carrier}',
  trackYourself: 'Copia el número de seguimiento más reciente y consúltalo en la web de {carrier}.',
  carrierWebsite: 'Web de {carrier}',
  cainiaoLink: 'Ver seguimiento en CAINIAO',
  cainiaoHint: 'CAINIAO muestra los dos números de seguimiento.',
  copyDetails: 'Copiar detalles',
  copied: 'Copiado',
  copyFailed: 'No se ha podido copiar. Selecciona el texto y cópialo manualmente.',
  loading: 'Cargando la información de seguimiento…',
  noNumber: 'Introduce un número de seguimiento para ver dónde está tu paquete.',
  noSource: 'Este seguimiento aún no tiene fuente de datos: define su atributo src o su propiedad data.',
  pendingTitle: 'Aún no hay información de seguimiento',
  pendingBody: 'El pedido se está preparando. Verás las novedades aquí en cuanto el transportista escanee el paquete.',
  notFound: 'No hemos encontrado el número de seguimiento {number}.',
  notFoundHint:
    'Los números nuevos pueden tardar uno o dos días en aparecer. Comprueba el número o vuelve a intentarlo más tarde.',
  errorTitle: 'El seguimiento no está disponible en este momento',
  network: 'No hemos podido conectar con el servicio de seguimiento. Comprueba tu conexión y vuelve a intentarlo.',
  timeout: 'El servicio de seguimiento ha tardado demasiado en responder. Vuelve a intentarlo.',
  http: 'El servicio de seguimiento ha respondido con un error ({status}). Vuelve a intentarlo más tarde.',
  invalid: 'Hemos recibido información de seguimiento que no podemos leer.',
  missingFile: 'This tracker is missing one of its files. Upload every file of dist/ beside order-tracker.js.', // English until translated
  retry: 'Reintentar',
  staleNotice: 'No se ha podido actualizar. Última actualización: {time}',
  carrierLine: 'Transportista: {carrier}',
  phoneLine: 'Teléfono: {phone}',
  refusedNumber: '“{number}” is not a tracking number.', // English until translated
  refusedNumberHint: 'A tracking number has 5 to 50 letters, digits or hyphens. Check it and try again.', // English until translated
  nextTry: 'Next try at {time}.', // English until translated
  retrying: 'Trying again…', // English until translated
} satisfies Messages;
