import type {AllMessages} from '../messages.js';

/**
 * Brazilian Portuguese: the words of the Correios and Brazilian shops — "código de rastreamento",
 * "saiu para entrega", "fiscalização aduaneira", "unidade de tratamento", "aguardando retirada",
 * "transportadora" — with "você". `one` covers 0 and 1 ("0 dia"); `many` is "1.000.000 de dias".
 */
export default {
  status: {
    pending: 'Ainda não enviado',
    in_transit: 'Em trânsito',
    customs: 'Em fiscalização aduaneira',
    out_for_delivery: 'Saiu para entrega',
    delivered: 'Entregue',
    available_for_pickup: 'Aguardando retirada',
    failed_attempt: 'Entrega não realizada',
    exception: 'Problema na entrega',
  },
  stageLabel: {
    A: 'Pacote coletado / Transportadora notificada',
    B: 'Em trânsito / Chegou à unidade da transportadora',
    C: 'Saiu da unidade / Exportação liberada',
    D: 'Chegada / Saída do centro internacional',
    E: 'Desembaraço aduaneiro no país de destino',
    F: 'Chegou ao centro de distribuição local / Em trânsito',
    G: 'Na unidade de tratamento / Transportadora local notificada',
    H: 'Saiu para entrega / Entregue',
  },
  stageMeaning: {
    A: 'A loja preparou o seu pacote; ele está pronto para ser coletado pela transportadora.',
    B: 'A caminho de uma unidade que o prepara para a próxima etapa, ou já chegou a ela.',
    C: 'Saiu da unidade de envio e foi liberado pela alfândega do país de origem.',
    D: 'Está saindo do país de origem ou já está a caminho do seu país.',
    E: 'A alfândega do seu país está analisando o pacote; o status pode ser atualizado várias vezes.',
    F: 'Chegou a um grande centro de distribuição no seu país e segue para a entrega.',
    G: 'Triado para a entrega local; a transportadora local está preparando a última etapa.',
    H: 'A caminho da sua porta.',
  },
  deliveredIn: {one: 'Entregue em {n} dia', many: 'Entregue em {n} de dias', other: 'Entregue em {n} dias'},
  daysInTransit: {one: '{n} dia em trânsito', many: '{n} de dias em trânsito', other: '{n} dias em trânsito'},
  estimatedDelivery: 'Previsão de entrega: {window}',
  trackingNumber: 'Código de rastreamento',
  latest: 'Novo',
  copyNumber: 'Copiar o código de rastreamento {number}',
  copy: 'Copiar',
  progress: 'Andamento do envio',
  stageStep: 'Etapa {n} de {total}, {label}: {state}',
  route: 'Trajeto',
  mainlandChina: 'China continental',
  origin: 'Origem',
  destination: 'Destino',
  deliveryLocation: 'Local de entrega',
  history: 'Histórico de rastreamento',
  eventOfLatest: 'Código novo',
  eventOfOriginal: 'Código original',
  localCarrier: 'Transportadora local',
  call: 'Ligar para {carrier} no {phone}',
  trackOn: 'Rastrear em {carrier}',
  trackYourself: 'Copie o código de rastreamento mais recente e acompanhe o pacote no site de {carrier}.',
  carrierWebsite: 'Site de {carrier}',
  cainiaoLink: 'Rastrear no site da CAINIAO.',
  cainiaoHint: 'A CAINIAO mostra os dois códigos de rastreamento.',
  copyDetails: 'Copiar detalhes',
  copied: 'Copiado',
  copyFailed: 'Não foi possível copiar. Selecione o texto e copie manualmente.',
  loading: 'Carregando informações de rastreamento…',
  noNumber: 'Digite um código de rastreamento para ver onde está o seu pacote.',
  noSource: 'Este rastreador ainda não tem fonte de dados: defina o atributo src ou a propriedade data.',
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
  pendingTitle: 'Ainda sem atualizações de rastreamento',
  pendingBody: 'Códigos novos podem levar um ou dois dias para mostrar a primeira leitura.',
  notFound: 'Não encontramos o código de rastreamento {number}.',
  notFoundHint:
    'Códigos novos podem levar um ou dois dias para aparecer. Confira o código ou tente novamente mais tarde.',
  errorTitle: 'O rastreamento não está disponível no momento',
  network: 'Não foi possível acessar o serviço de rastreamento. Verifique sua conexão e tente novamente.',
  timeout: 'O serviço de rastreamento demorou demais para responder. Tente novamente.',
  http: 'O serviço de rastreamento teve um problema. Tente novamente mais tarde.',
  invalid: 'Recebemos informações de rastreamento que não conseguimos ler.',
  missingFile:
    'Está faltando um dos arquivos deste rastreador. Envie todos os arquivos de dist/ junto com order-tracker.js.',
  retry: 'Tentar novamente',
  staleNotice: 'Não foi possível atualizar — última atualização: {time}',
  carrierLine: 'Transportadora: {carrier}',
  phoneLine: 'Telefone: {phone}',
  stepLabel: {
    A: 'Preparado',
    B: 'Enviado',
    C: 'Exportação',
    D: 'Internacional',
    E: 'Alfândega',
    F: 'No seu país',
    G: 'Triagem',
    H: 'Entrega',
  },
  stageDone: {
    A: 'a loja preparou o seu pacote e o entregou à transportadora.',
    B: 'a transportadora o levou a uma unidade que o preparou para a próxima etapa.',
    C: 'saiu da unidade de envio e foi liberado na exportação.',
    D: 'saiu do país de origem rumo ao seu país.',
    E: 'foi liberado pela alfândega do seu país.',
    F: 'chegou a um grande centro de distribuição no seu país.',
    G: 'foi triado para a entrega local.',
    H: 'foi entregue.',
  },
  stageNext: {
    A: 'a loja prepara o seu pacote para a transportadora.',
    B: 'a transportadora o leva a uma unidade que o prepara para a próxima etapa.',
    C: 'sai da unidade de envio e é liberado na exportação.',
    D: 'sai do país de origem rumo ao seu país.',
    E: 'a alfândega do seu país analisa o pacote; o status pode ser atualizado várias vezes.',
    F: 'chega a um grande centro de distribuição no seu país.',
    G: 'é triado para a entrega local.',
    H: 'a transportadora local o leva até a sua porta.',
  },
  arrival: {
    delivered: 'O seu pacote chegou.',
    out_for_delivery: 'O entregador está a caminho da sua porta.',
    available_for_pickup: 'O seu pacote está aguardando retirada. Leve o código de rastreamento para retirá-lo.',
    failed_attempt:
      'O entregador não conseguiu entregar o pacote. Procure o aviso de tentativa ou pergunte à transportadora quando será a próxima tentativa.',
  },
  stepState: {done: 'concluída', current: 'atual', upcoming: 'a seguir'},
  stepDone: 'Concluído em {date}: {meaning}',
  stepDoneUndated: 'Concluído: {meaning}',
  stepNext: 'A seguir: {meaning}',
  stepLater: 'Depois: {meaning}',
  deliveredOn: 'Entregue em {date}',
  lastUpdate: 'Última atualização {time}',
  lastUpdateAt: 'Última atualização {time} · {place}',
  lastSeen: 'Última leitura em {place}',
  deliveredSameDay: 'Entregue em menos de um dia',
  shippedToday: 'Enviado hoje',
  noUpdateSince: 'Sem atualizações desde {date}',
  regionName: 'Pacote {number}',
  carrierTrackingNumber: 'Código de rastreamento {carrier}',
  localTrackingNumber: 'Novo código de rastreamento',
  showAll: {one: 'Ver {n} atualização', many: 'Ver as {n} de atualizações', other: 'Ver as {n} atualizações'},
  showFewer: 'Ver menos',
  trackingNumberLine: 'Código de rastreamento: {number}',
  latestNumberLine: 'Novo código de rastreamento: {number}',
  refusedNumber: '“{number}” não é um código de rastreamento.',
  refusedNumberHint: 'Um código de rastreamento tem de 5 a 50 letras, números ou hifens. Confira e tente novamente.',
  nextTry: 'Próxima tentativa às {time}.',
  retrying: 'Tentando novamente…',
} satisfies AllMessages;
