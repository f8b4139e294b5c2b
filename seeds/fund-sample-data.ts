import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../api/src/modules/account/user.entity.js';
import { DonorKind, FundArea, LedgerEntryKind } from '../api/src/modules/fund/index.js';
import { FundDonation } from '../api/src/modules/fund/fund.entity.js';
import { appendLedgerEntry } from '../api/src/modules/fund/fund.ledger.js';
import { Organisation } from '../api/src/modules/organisation/organisation.entity.js';
import { FUND, itemAt, ORG, USER } from './ids.js';

/**
 * Sample donations to the community charity fund. The source says the town started the fund with
 * 9 companies and raised over 7 million yuan; it names neither the amounts nor who gave what, so
 * these nine gifts from sample enterprises (7,050,000 yuan in all) and one personal gift are
 * invented and marked sample. Two are restricted to an area; one company and the person did not
 * agree to be named.
 */
interface SampleDonation {
  organisation: string | null;
  donorName: string | null;
  yuan: number;
  receivedOn: string;
  restrictedTo: FundArea | null;
  named: boolean;
}

const DONATIONS: SampleDonation[] = [
  { organisation: ORG.enterprises[0], donorName: null, yuan: 1_500_000, receivedOn: '2024-06-18', restrictedTo: null, named: true },
  { organisation: ORG.enterprises[1], donorName: null, yuan: 1_200_000, receivedOn: '2024-06-18', restrictedTo: null, named: true },
  { organisation: ORG.enterprises[2], donorName: null, yuan: 1_000_000, receivedOn: '2024-06-20', restrictedTo: null, named: true },
  { organisation: ORG.enterprises[3], donorName: null, yuan: 800_000, receivedOn: '2024-06-25', restrictedTo: FundArea.ELDERLY_CARE, named: true },
  { organisation: ORG.enterprises[4], donorName: null, yuan: 700_000, receivedOn: '2024-07-02', restrictedTo: null, named: true },
  { organisation: ORG.enterprises[5], donorName: null, yuan: 600_000, receivedOn: '2024-07-08', restrictedTo: FundArea.CHILD_FRIENDLY, named: true },
  { organisation: ORG.enterprises[6], donorName: null, yuan: 500_000, receivedOn: '2024-07-15', restrictedTo: null, named: true },
  { organisation: ORG.enterprises[7], donorName: null, yuan: 450_000, receivedOn: '2024-07-22', restrictedTo: null, named: false },
  { organisation: ORG.enterprises[8], donorName: null, yuan: 300_000, receivedOn: '2024-08-01', restrictedTo: FundArea.MICRO_RENEWAL, named: true },
  { organisation: null, donorName: '示例捐赠人', yuan: 2_000, receivedOn: '2025-01-10', restrictedTo: FundArea.HARDSHIP_RELIEF, named: false },
];

export async function loadFundSampleData(em: EntityManager): Promise<void> {
  const admin = em.getReference(User, USER.admin);
  for (const [i, d] of DONATIONS.entries()) {
    const donation = em.create(FundDonation, {
      id: itemAt(FUND.donations, i),
      donorKind: d.organisation ? DonorKind.ORGANISATION : DonorKind.INDIVIDUAL,
      organisation: d.organisation ? em.getReference(Organisation, d.organisation) : null,
      donorName: d.donorName, namedPublicly: d.named, receivedOn: d.receivedOn, restrictedTo: d.restrictedTo,
      note: '示例数据 / sample data', sample: true, recordedBy: admin, recordedAt: new Date(`${d.receivedOn}T10:00:00+08:00`),
    });
    await appendLedgerEntry(em, { kind: LedgerEntryKind.DONATION, amountFen: d.yuan * 100, restrictedTo: d.restrictedTo, donationId: donation.id, recordedById: USER.admin });
  }
}
