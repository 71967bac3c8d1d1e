import type {Messages} from '../messages.js';

/**
 * French: the words of La Poste / Colissimo — « pris en charge », « en cours d'acheminement »,
 * « en cours de livraison », « dédouanement », « centre de tri », « point de retrait » — with
 * « vous », typographic apostrophes and the no-break spaces French puts before « : ; ».
 * `one` covers 0 and 1 in French ("0 jour"); `many` is the "1 000 000 de jours" form.
 */
export default {
  status: {
    pending: 'Pas encore expédié',
    in_transit: 'En cours d’acheminement',
    customs: 'En cours de dédouanement',
    out_for_delivery: 'En cours de livraison',
    delivered: 'Livré',
    available_for_pickup: 'Disponible en point de retrait',
    failed_attempt: 'Tentative de livraison infructueuse',
    exception: 'Incident de livraison',
  },
  stageLabel: {
    A: 'Colis pris en charge / Transporteur informé',
    B: 'En cours d’acheminement / Arrivé sur un site du transporteur',
    C: 'Départ du site / Dédouané à l’export',
    D: 'Arrivée / Départ du bureau d’échange international',
    E: 'Dédouanement dans le pays de destination',
    F: 'Arrivé sur la plateforme locale / En cours d’acheminement',
    G: 'Traitement au centre de tri / Transporteur local informé',
    H: 'En cours de livraison / Livré',
  },
  stageMeaning: {
    A: 'La boutique a préparé le colis\u202f; il est prêt à être remis au transporteur.',
    B: 'En route vers un site qui le prépare pour l’étape suivante, ou déjà arrivé sur ce site.',
    C: 'Il a quitté le site d’expédition et a été dédouané dans le pays d’origine.',
    D: 'Il quitte le pays d’origine ou est déjà en route vers votre pays.',
    E: 'La douane de votre pays le traite\u202f; le suivi peut se mettre à jour plusieurs fois.',
    F: 'Il est arrivé sur une grande plateforme de votre pays et poursuit son acheminement vers vous.',
    G: 'Trié pour la distribution locale\u202f; le transporteur local prépare la dernière étape.',
    H: 'En route vers votre porte, ou livré.',
  },
  deliveredIn: {one: 'Livré en {n} jour', many: 'Livré en {n} de jours', other: 'Livré en {n} jours'},
  daysInTransit: {
    one: '{n} jour d’acheminement',
    many: '{n} de jours d’acheminement',
    other: '{n} jours d’acheminement',
  },
  estimatedDelivery: 'Livraison estimée',
  trackingNumber: 'Numéro de suivi',
  latestTrackingNumber: 'Dernier numéro de suivi',
  latest: 'Dernier',
  copyNumber: 'Copier le numéro de suivi {number}',
  copy: 'Copier',
  progress: 'Progression de l’envoi',
  stageStep: 'Étape {stage}\u00a0: {label}',
  route: 'Itinéraire',
  mainlandChina: 'Chine continentale',
  origin: 'Origine',
  destination: 'Destination',
  deliveryLocation: 'Lieu de livraison',
  history: 'Historique du suivi',
  eventOfLatest: 'Dernier numéro',
  eventOfOriginal: 'Numéro d’origine',
  localCarrier: 'Transporteur local',
  call: 'Appeler {carrier}',
  trackOn: 'Suivre sur {carrier}',
  trackYourself: 'Copiez le dernier numéro de suivi et suivez votre colis sur le site de {carrier}.',
  carrierWebsite: 'Site de {carrier}',
  cainiaoLink: 'Suivre sur CAINIAO',
  cainiaoHint: 'CAINIAO affiche les deux numéros de suivi.',
  copyDetails: 'Copier les détails',
  copied: 'Copié',
  copyFailed: 'Copie impossible. Sélectionnez le texte et copiez-le manuellement.',
  loading: 'Chargement des informations de suivi…',
  noNumber: 'Saisissez un numéro de suivi pour savoir où se trouve votre colis.',
  noSource: 'Ce suivi n’a pas encore de source de données\u00a0: définissez son attribut src ou sa propriété data.',
  pendingTitle: 'Pas encore d’informations de suivi',
  pendingBody:
    'La commande est en cours de préparation. Le suivi s’affichera ici dès que le transporteur aura scanné le colis.',
  notFound: 'Nous n’avons pas trouvé le numéro de suivi {number}.',
  notFoundHint:
    'Un nouveau numéro peut mettre un ou deux jours à apparaître. Vérifiez le numéro ou réessayez plus tard.',
  errorTitle: 'Le suivi est momentanément indisponible',
  network: 'Impossible de joindre le service de suivi. Vérifiez votre connexion et réessayez.',
  timeout: 'Le service de suivi a mis trop de temps à répondre. Veuillez réessayer.',
  http: 'Le service de suivi a renvoyé une erreur ({status}). Veuillez réessayer plus tard.',
  invalid: 'Nous avons reçu des informations de suivi illisibles.',
  missingFile: 'This tracker is missing one of its files. Upload every file of dist/ beside order-tracker.js.', // English until translated
  retry: 'Réessayer',
  staleNotice: 'Actualisation impossible — dernière mise à jour à {time}',
  carrierLine: 'Transporteur\u00a0: {carrier}',
  phoneLine: 'Téléphone\u00a0: {phone}',
  refusedNumber: '“{number}” is not a tracking number.', // English until translated
  refusedNumberHint: 'A tracking number has 5 to 50 letters, digits or hyphens. Check it and try again.', // English until translated
  nextTry: 'Next try at {time}.', // English until translated
  retrying: 'Trying again…', // English until translated
} satisfies Messages;
