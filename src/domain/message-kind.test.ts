import { describe, expect, it } from 'vitest';
import { CONFIRMATION_FIXTURES } from './confirmation.fixture';
import { messageKind, type MessageKind } from './message-kind';

describe('messageKind', () => {
  // The reader's own examples: those with an amount paid record a payment; the others do not.
  it.each(
    CONFIRMATION_FIXTURES.map((fixture) => [
      fixture.name,
      fixture.text,
      fixture.expected.amount !== undefined,
    ]),
  )('reads "%s" as a payment made: %s', (_, text, paid) => {
    expect(messageKind(text) === 'payment').toBe(paid);
  });

  // Made-up examples of each kind, in the three languages.
  it.each<[string, MessageKind]>([
    ['Your payment of $30.00 could not be processed. Please update your card.', 'failed'],
    ['Auto top-up failed: we could not take £10 from your card.', 'failed'],
    ['您的充值失败，金额50元已原路退回。', 'failed'],
    ['支付超时，订单已关闭。', 'failed'],
    ['扣款失敗，請更新付款方式。', 'failed'],
    ['Your plan will renew for $25.00 on 12/10/2026.', 'scheduled'],
    ['Your payment of $15 is scheduled for Dec 3.', 'scheduled'],
    ['£10 will be taken from your card tomorrow.', 'scheduled'],
    ['您的套餐将于2026年12月1日自动续费30元。', 'scheduled'],
    ['Your bill of $45.20 is ready. Amount due: $45.20, due by 12/15/2026.', 'due'],
    ['您本月应缴金额为58.00元，请于12月20日前缴费。', 'due'],
    ['帳單金額NT$599，繳款截止日114/12/20。', 'due'],
    ['Account Balance $56.78, expires 05/02/2025.', 'balance'],
    ['您的话费余额为4.35元。', 'balance'],
    ['餘額為HK$8.20，有效期至2025年6月30日。', 'balance'],
    ['您的余额已低于提醒值10元。', 'balance'],
    ['Payment received: $20.00 on 11/21/2026. Confirmation #A1B2C3.', 'payment'],
    ['您已成功充值100元，当前余额120.50元。', 'payment'],
    ['已成功增值HK$100，餘額HK$108.20。', 'payment'],
    ['Your A/c 1234 is debited by NPR 520.00 For: Mobile Recharge,Ncell.', 'payment'],
    ['Your card will be debited £10 on 3 May.', 'scheduled'],
    ['Your card will be automatically debited £10 on 3 May.', 'scheduled'],
    ['Rs 299 will get debited from your account on 12-Jun-2026 for your Jio plan.', 'scheduled'],
    ['123456 is the OTP for a transaction using your Card XX20 for INR 520.00 at Airtel.', 'code'],
    ['您正在充值话费50元，验证码为482913，请勿告诉他人。', 'code'],
    ['Your A/c 1234 is debited by NPR 520.00. Never share your OTP with anyone.', 'payment'],
    ['Your refund of $20.00 has been processed.', 'refund'],
    ['交易类型：退款\n交易金额：人民币29.97元', 'refund'],
    ['交易类型：收入（工资）\n交易金额：5000.00元', 'refund'],
    [
      'A Trx using Card XXXX2020 for EGP 123.45 on 18-Jun-2026. Available balance is EGP 9,876.54.',
      'payment',
    ],
    ['交易类型：消费，中国移动\n交易金额：人民币29.97元\n可用额度31955.11元', 'payment'],
    ['Welcome to giffgaff! Your SIM is now active.', 'other'],
    ['Your payment of $20.00 was reversed.', 'failed'],
    ['由于号码输入错误，90.00元误缴到了您的账户，该缴费已撤销。', 'failed'],
    ['您通过支付宝缴纳了90.00元话费，欠费金额为26.35元。', 'payment'],
    ['帳單1,399元繳費期限至114/01/20（已繳費請忽略）。', 'due'],
    ['Your bill of $30 is due 12/10. If you have already paid, please ignore this message.', 'due'],
    ['话费余额是-9.02元，充50元到账52.5元。', 'balance'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(messageKind(text)).toBe(kind);
  });
});
