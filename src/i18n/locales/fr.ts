import type {AllMessages} from '../messages.js';

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
    A: 'La boutique a préparé votre colis\u202f; il est prêt à être remis au transporteur.',
    B: 'En route vers un site qui le prépare pour l’étape suivante, ou déjà arrivé sur ce site.',
    C: 'Il a quitté le site d’expédition et a été dédouané dans le pays d’origine.',
    D: 'Il quitte le pays d’origine ou est déjà en route vers votre pays.',
    E: 'La douane de votre pays le traite\u202f; le suivi peut se mettre à jour plusieurs fois.',
    F: 'Il est arrivé sur une grande plateforme de votre pays et poursuit son acheminement vers vous.',
    G: 'Trié pour la distribution locale\u202f; le transporteur local prépare la dernière étape.',
    H: 'En route vers votre porte.',
  },
  deliveredIn: {one: 'Livré en {n} jour', many: 'Livré en {n} de jours', other: 'Livré en {n} jours'},
  daysInTransit: {
    one: 'En transit depuis {n} jour',
    many: 'En transit depuis {n} de jours',
    other: 'En transit depuis {n} jours',
  },
  estimatedDelivery: 'Livraison prévue\u00a0: {window}',
  trackingNumber: 'Numéro de suivi',
  latest: 'Nouveau',
  copyNumber: 'Copier le numéro de suivi {number}',
  copy: 'Copier',
  progress: 'Progression de l’envoi',
  stageStep: 'Étape {n} sur {total}, {label}\u00a0: {state}',
  route: 'Itinéraire',
  mainlandChina: 'Chine continentale',
  origin: 'Origine',
  destination: 'Destination',
  deliveryLocation: 'Lieu de livraison',
  history: 'Historique du suivi',
  eventOfLatest: 'Nouveau numéro',
  eventOfOriginal: 'Numéro d’origine',
  localCarrier: 'Transporteur local',
  call: 'Appeler {carrier} au {phone}',
  trackOn: 'Suivre sur {carrier}',
  trackYourself: 'Copiez le dernier numéro de suivi et suivez votre colis sur le site de {carrier}.',
  carrierWebsite: 'Site de {carrier}',
  cainiaoLink: 'Suivre sur CAINIAO.',
  cainiaoHint: 'CAINIAO affiche les deux numéros de suivi.',
  copyDetails: 'Copier les détails',
  copied: 'Copié',
  copyFailed: 'Copie impossible. Sélectionnez le texte et copiez-le manuellement.',
  loading: 'Chargement des informations de suivi…',
  noNumber: 'Saisissez un numéro de suivi pour savoir où se trouve votre colis.',
  noSource: 'Ce suivi n’a pas encore de source de données\u00a0: définissez son attribut src ou sa propriété data.',
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
  pendingTitle: 'Pas encore de suivi',
  pendingBody: 'Un nouveau numéro peut mettre un ou deux jours à afficher son premier scan.',
  notFound: 'Nous n’avons pas trouvé le numéro de suivi {number}.',
  notFoundHint:
    'Un nouveau numéro peut mettre un ou deux jours à apparaître. Vérifiez le numéro ou réessayez plus tard.',
  errorTitle: 'Le suivi est momentanément indisponible',
  network: 'Impossible de joindre le service de suivi. Vérifiez votre connexion et réessayez.',
  timeout: 'Le service de suivi a mis trop de temps à répondre. Veuillez réessayer.',
  http: 'Le service de suivi a rencontré un problème. Veuillez réessayer plus tard.',
  invalid: 'Nous avons reçu des informations de suivi illisibles.',
  missingFile: 'Il manque un fichier à ce suivi. Déposez tous les fichiers de dist/ à côté de order-tracker.js.',
  retry: 'Réessayer',
  staleNotice: 'Actualisation impossible — dernière mise à jour à {time}',
  carrierLine: 'Transporteur\u00a0: {carrier}',
  phoneLine: 'Téléphone\u00a0: {phone}',
  stepLabel: {
    A: 'Préparé',
    B: 'Expédié',
    C: 'Export',
    D: 'International',
    E: 'Douane',
    F: 'Dans votre pays',
    G: 'Tri',
    H: 'Livraison',
  },
  stageDone: {
    A: 'la boutique a préparé votre colis et l’a remis au transporteur.',
    B: 'le transporteur l’a acheminé vers un site qui l’a préparé pour l’étape suivante.',
    C: 'il a quitté le site d’expédition et a été dédouané à l’export.',
    D: 'il a quitté le pays d’origine pour le vôtre.',
    E: 'il a été dédouané dans votre pays.',
    F: 'il est arrivé sur une grande plateforme de votre pays.',
    G: 'il a été trié pour la distribution locale.',
    H: 'il a été livré.',
  },
  stageNext: {
    A: 'la boutique prépare votre colis pour le transporteur.',
    B: 'le transporteur l’achemine vers un site qui le prépare pour l’étape suivante.',
    C: 'il quitte le site d’expédition et est dédouané à l’export.',
    D: 'il quitte le pays d’origine pour le vôtre.',
    E: 'la douane de votre pays le traite\u202f; le suivi peut se mettre à jour plusieurs fois.',
    F: 'il arrive sur une grande plateforme de votre pays.',
    G: 'il est trié pour la distribution locale.',
    H: 'le transporteur local le livre à votre porte.',
  },
  arrival: {
    delivered: 'Votre colis est arrivé.',
    out_for_delivery: 'Le livreur est en route vers votre porte.',
    available_for_pickup:
      'Votre colis vous attend en point de retrait. Munissez-vous de votre numéro de suivi pour le retirer.',
    failed_attempt:
      'Le livreur n’a pas pu livrer votre colis. Consultez l’avis de passage ou demandez au transporteur quand il repassera.',
  },
  stepState: {done: 'terminée', current: 'en cours', upcoming: 'à venir'},
  stepDone: 'Terminé le {date}\u00a0: {meaning}',
  stepDoneUndated: 'Terminé\u00a0: {meaning}',
  stepNext: 'Prochaine étape\u00a0: {meaning}',
  stepLater: 'Plus tard\u00a0: {meaning}',
  deliveredOn: 'Livré le {date}',
  lastUpdate: 'Dernière mise à jour {time}',
  lastUpdateAt: 'Dernière mise à jour {time} · {place}',
  lastSeen: 'Dernière position\u00a0: {place}',
  deliveredSameDay: 'Livré en moins d’une journée',
  shippedToday: 'Expédié aujourd’hui',
  noUpdateSince: 'Aucune mise à jour depuis le {date}',
  regionName: 'Colis {number}',
  carrierTrackingNumber: 'Numéro de suivi {carrier}',
  localTrackingNumber: 'Nouveau numéro de suivi',
  showAll: {
    one: 'Afficher {n} mise à jour',
    many: 'Afficher les {n} de mises à jour',
    other: 'Afficher les {n} mises à jour',
  },
  showFewer: 'Afficher moins',
  trackingNumberLine: 'Numéro de suivi\u00a0: {number}',
  latestNumberLine: 'Nouveau numéro de suivi\u00a0: {number}',
  refusedNumber: '« {number} » n’est pas un numéro de suivi.',
  refusedNumberHint: 'Un numéro de suivi compte de 5 à 50 lettres, chiffres ou tirets. Vérifiez-le et réessayez.',
  nextTry: 'Prochain essai à {time}.',
  retrying: 'Nouvel essai…',
} satisfies AllMessages;
