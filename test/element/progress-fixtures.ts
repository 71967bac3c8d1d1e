/** A parcel in customs: stage E current, C done before it. */
export const inCustoms = {
  trackingNumber: 'LP1',
  events: [
    {time: '2026-11-07T09:00:00-08:00', description: 'Import customs clearance started', stage: 'E'},
    {time: '2026-11-04T11:30:00+08:00', description: 'Export customs clearance complete', stage: 'C'},
  ],
};
