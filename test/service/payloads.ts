// Upstream answers in each provider's shape, small and built per test.
const at = (index: number) => Date.UTC(2026, 10, 2 + index, 9);

/** CAINIAO `global/detail.json`: one event per action code, newest first. */
export const cainiaoAnswer = (number: string, actionCodes: string[]) => ({
  success: true,
  module: [
    {
      mailNo: number,
      originCountry: 'China',
      destCountry: 'United States',
      detailList: actionCodes.map((actionCode, index) => ({
        time: at(actionCodes.length - index),
        timeStr: new Date(at(actionCodes.length - index)).toISOString().slice(0, 19).replace('T', ' '),
        timeZone: 'GMT+0',
        desc: `Event ${actionCode}`,
        standerdDesc: `Event ${actionCode}`,
        actionCode,
      })),
    },
  ],
});

export const CAINIAO = {
  delivered: (number: string) => cainiaoAnswer(number, ['GTMS_SIGNED', 'SC_INBOUND_SUCCESS']),
  inTransit: (number: string) => cainiaoAnswer(number, ['SC_INBOUND_SUCCESS']),
  empty: (number: string) => cainiaoAnswer(number, []),
};

/** A 17TRACK v2 `gettrackinfo` answer with the number accepted. */
export const seventeenAccepted = (number: string, status = 'InTransit') => ({
  code: 0,
  data: {
    accepted: [
      {
        number,
        carrier: 190012,
        track_info: {
          latest_status: {status},
          tracking: {
            providers: [
              {
                provider: {name: 'YunExpress'},
                events: [{time_iso: '2026-11-12T08:00:00+08:00', description: 'Departed facility', stage: 'InTransit'}],
              },
            ],
          },
        },
      },
    ],
    rejected: [],
  },
});

/** A 17TRACK v2 answer rejecting the number with an error code. */
export const seventeenRejected = (number: string, code: number) => ({
  code: 0,
  data: {accepted: [], rejected: [{number, error: {code, message: `error ${code}`}}]},
});

/** An AfterShip tracking object (2024 API field names). */
export const aftershipTracking = (number: string, id = 'trk0001') => ({
  id,
  tracking_number: number,
  slug: 'ubi-logistics',
  tag: 'InTransit',
  checkpoints: [{checkpoint_time: '2026-11-12T08:00:00+08:00', message: 'Departed facility', tag: 'InTransit'}],
});
