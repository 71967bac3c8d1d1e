import '../src/define.js';

// What a shop's analytics would record: each lookup (never the email) and each parcel shown.
const log = document.querySelector<HTMLOListElement>('#events')!;
for (const type of ['order-tracker-lookup', 'order-tracker-load', 'order-tracker-error'] as const) {
  document.addEventListener(type, (event) => {
    const {detail} = event as CustomEvent<Record<string, unknown>>;
    const summary =
      type === 'order-tracker-load'
        ? {trackingNumber: (detail.tracking as {trackingNumber: string}).trackingNumber}
        : type === 'order-tracker-error'
          ? {kind: detail.kind}
          : detail;
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify(summary)}`;
    log.prepend(item);
  });
}
