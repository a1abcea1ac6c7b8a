import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a passive verb of saying ("disebutkan", "ditegaskan") with the name set
 * off by commas inside the clause, like ", kata X,".
 */

describe('id: "…, disebutkan X, …" and "…, ditegaskan X, …"', () => {
  it('"Sementara, disebutkan Sunarto, …" is Sunarto', () => {
    expectSpeakers('Sementara, disebutkan Sunarto, sebagian besar warga sudah kembali ke rumah masing-masing.', [
      { name: 'Sunarto', key: 'sunarto' },
    ]);
  });

  it('"Jembatan itu, ditegaskan Rina Wulandari, …" is Rina Wulandari', () => {
    expectSpeakers('Jembatan itu, ditegaskan Rina Wulandari, baru bisa dilewati kendaraan pekan depan.', [
      { name: 'Rina Wulandari', key: 'rina wulandari' },
    ]);
  });
});
