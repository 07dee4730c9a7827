// For tests: top-up confirmations as carriers, refill sites and payment apps write them, in SMS
// and e-mail form, in English, Simplified and Traditional Chinese, each with exactly what the
// reader must find in it. Names, numbers and codes are made up; phone numbers use 555.
import type { ConfirmationReading } from './confirmation-reader';
import { d } from './dates.fixture';

export interface ConfirmationFixture {
  name: string;
  text: string;
  expected: ConfirmationReading;
}

const lines = (...rows: string[]) => rows.join('\n');
const usd = (minor: number) => ({ minor, currency: 'USD' });
const cny = (minor: number) => ({ minor, currency: 'CNY' });

export const CONFIRMATION_FIXTURES: readonly ConfirmationFixture[] = [
  {
    name: 'T-Mobile payment SMS',
    text: 'T-Mobile: Thanks for your payment of $50.00 on 11/21/2026 for (555) 123-4567. Confirmation #: 8842119305. Your plan renews 12/21/2026.',
    expected: {
      amount: usd(5000),
      paidOn: d('2026-11-21'),
      confirmation: '8842119305',
      carrier: 'T-Mobile',
      phone: '(555) 123-4567',
    },
  },
  {
    name: 'T-Mobile payment e-mail with a balance and a customer-care number',
    text: lines(
      'Subject: Your T-Mobile payment confirmation',
      '',
      'Hi Wei,',
      'We received your payment. Here are the details:',
      'Account number: ****4821',
      'Phone number: +1 555-201-3344',
      'Payment date: Nov 21, 2026',
      'Payment method: Visa ending in 1234',
      'Amount paid: $40.00',
      'Remaining balance: $0.00',
      'Confirmation number: TMO-7719-2045',
      'Questions? Call 1-800-937-8997 or dial 611 from your phone.',
    ),
    expected: {
      amount: usd(4000),
      paidOn: d('2026-11-21'),
      confirmation: 'TMO-7719-2045',
      carrier: 'T-Mobile',
      phone: '+1 555-201-3344',
    },
  },
  {
    name: 'Mint Mobile order e-mail with plan, taxes and total',
    text: lines(
      'Mint Mobile',
      'Order Confirmation',
      'Thanks for your order! Your 3-month Unlimited plan is ready for (555) 234-9876.',
      'Order number: MM-20261121-5531',
      'Order date: 11/21/2026',
      'Unlimited - 3 months    $90.00',
      'Taxes & fees    $7.42',
      'Total    $97.42',
    ),
    expected: {
      amount: usd(9742),
      paidOn: d('2026-11-21'),
      confirmation: 'MM-20261121-5531',
      carrier: 'Mint Mobile',
      phone: '(555) 234-9876',
    },
  },
  {
    name: 'AT&T payment SMS',
    text: 'AT&T Free Msg: Your payment of $65.00 was received on 11/21/2026. Conf# 4UX7-92KD. Thank you!',
    expected: {
      amount: usd(6500),
      paidOn: d('2026-11-21'),
      confirmation: '4UX7-92KD',
      carrier: 'AT&T',
    },
  },
  {
    name: 'AT&T Prepaid refill e-mail with the code after the amount',
    text: lines(
      'AT&T PREPAID',
      'Refill confirmation',
      'Phone: 555-112-3344',
      'Refill: 25.00 USD',
      'Transaction number: 20261121-ATT-7781',
      'Processed: 11-21-2026',
      'Your plan is active through 12-20-2026.',
    ),
    expected: {
      amount: usd(2500),
      paidOn: d('2026-11-21'),
      confirmation: '20261121-ATT-7781',
      carrier: 'AT&T',
      phone: '555-112-3344',
    },
  },
  {
    name: 'Verizon payment e-mail that also announces the next bill',
    text: lines(
      'Verizon',
      'Thank you for your payment',
      "We've applied your payment to the account for 555.345.6789.",
      'Payment amount    $45.00',
      'Payment date    November 21, 2026',
      'Confirmation number    VZ8H2K4421',
      'Your next bill of $45.00 is due on December 21, 2026.',
    ),
    expected: {
      amount: usd(4500),
      paidOn: d('2026-11-21'),
      confirmation: 'VZ8H2K4421',
      carrier: 'Verizon',
      phone: '555.345.6789',
    },
  },
  {
    name: 'Verizon Prepaid SMS',
    text: 'Verizon: Thank you! We received your $35.00 payment for 555-223-4455 on Nov 21, 2026. Ref # 7Q2M9X41',
    expected: {
      amount: usd(3500),
      paidOn: d('2026-11-21'),
      confirmation: '7Q2M9X41',
      carrier: 'Verizon',
      phone: '555-223-4455',
    },
  },
  {
    name: 'US Mobile receipt e-mail in USD',
    text: lines(
      'US Mobile - Receipt',
      'Invoice #: USM-448120',
      'Date: 2026-11-21',
      'Line: (555) 456-7788',
      'Unlimited Premium    USD 44.00',
      'Total charged: USD 44.00',
    ),
    expected: {
      amount: usd(4400),
      paidOn: d('2026-11-21'),
      confirmation: 'USM-448120',
      carrier: 'US Mobile',
      phone: '(555) 456-7788',
    },
  },
  {
    name: 'Ultra Mobile refill SMS with the balance after it',
    text: 'Ultra Mobile: Your $29 refill for 555-567-1234 was successful on 21 Nov 2026. Ref: UM55012877. Bal: $3.50',
    expected: {
      amount: usd(2900),
      paidOn: d('2026-11-21'),
      confirmation: 'UM55012877',
      carrier: 'Ultra Mobile',
      phone: '555-567-1234',
    },
  },
  {
    name: 'Ultra Mobile SMS in Simplified Chinese that gives only the expiry date',
    text: 'Ultra Mobile：您的号码 (555) 334-5566 已成功充值 $19.00，有效期至 2026年12月21日。确认号：ULT9931027',
    expected: {
      amount: usd(1900),
      confirmation: 'ULT9931027',
      carrier: 'Ultra Mobile',
      phone: '(555) 334-5566',
    },
  },
  {
    name: 'Tello top-up e-mail with a day-first date',
    text: lines(
      'Hello,',
      'Your Tello account has been topped up.',
      'Top-up amount: $10.00',
      'Transaction ID: TLO-88213-5521',
      'Date: 21/11/2026',
      'Phone number: +1 (555) 678-2345',
      'Current balance: $14.25',
    ),
    expected: {
      amount: usd(1000),
      paidOn: d('2026-11-21'),
      confirmation: 'TLO-88213-5521',
      carrier: 'Tello',
      phone: '+1 (555) 678-2345',
    },
  },
  {
    name: 'Tello SMS with a code before the amount',
    text: 'Tello: Payment of USD 15 processed on 2026-11-21. Order ID: 4410-TL-2026. Thanks for choosing Tello!',
    expected: {
      amount: usd(1500),
      paidOn: d('2026-11-21'),
      confirmation: '4410-TL-2026',
      carrier: 'Tello',
    },
  },
  {
    name: 'Refill site receipt for a T-Mobile number, with a service fee',
    text: lines(
      'QuickRefill receipt',
      'You refilled T-Mobile Prepaid number 555-789-3456.',
      'Refill amount: $25.00',
      'Service fee: $1.99',
      'Total: $26.99',
      'Order #: QR-662019',
      'Date: Nov. 21, 2026 3:14 PM',
    ),
    expected: {
      amount: usd(2699),
      paidOn: d('2026-11-21'),
      confirmation: 'QR-662019',
      carrier: 'T-Mobile',
      phone: '555-789-3456',
    },
  },
  {
    name: 'Lycamobile top-up SMS in US$',
    text: 'Lycamobile: Your top-up of US$25 was successful. Transaction ID: LM-5523-8841. Date: 21 November 2026.',
    expected: {
      amount: usd(2500),
      paidOn: d('2026-11-21'),
      confirmation: 'LM-5523-8841',
      carrier: 'Lyca Mobile',
    },
  },
  {
    name: 'Cricket payment e-mail with a header date and the next due date',
    text: lines(
      'From: Cricket Wireless',
      'Date: Sat, Nov 21, 2026',
      'Subject: Payment received',
      '',
      'Thanks for your payment!',
      'Subtotal $30.00',
      'Taxes $2.56',
      'Total paid $32.56',
      'Confirmation code: CRK-39921',
      'Next payment due: Dec 21, 2026',
    ),
    expected: {
      amount: usd(3256),
      paidOn: d('2026-11-21'),
      confirmation: 'CRK-39921',
      carrier: 'Cricket Wireless',
    },
  },
  {
    name: 'T-Mobile payment e-mail in Traditional Chinese',
    text: lines(
      'T-Mobile 付款確認',
      '親愛的客戶您好：',
      '感謝您的付款。',
      '付款金額：US$50.00',
      '付款日期：2026年11月21日',
      '門號：+1 555-890-1122',
      '確認編號：TM55881203',
    ),
    expected: {
      amount: usd(5000),
      paidOn: d('2026-11-21'),
      confirmation: 'TM55881203',
      carrier: 'T-Mobile',
      phone: '+1 555-890-1122',
    },
  },
  {
    name: 'Mint Mobile order e-mail in Simplified Chinese',
    text: lines(
      'Mint Mobile 订单确认',
      '订单编号：MM-7734-2210',
      '下单日期：2026年11月21日',
      '号码：(555) 901-2233',
      '套餐：无限流量 12 个月 $180.00',
      '税费：$14.85',
      '合计：$194.85',
    ),
    expected: {
      amount: usd(19485),
      paidOn: d('2026-11-21'),
      confirmation: 'MM-7734-2210',
      carrier: 'Mint Mobile',
      phone: '(555) 901-2233',
    },
  },
  {
    name: 'China Mobile top-up SMS in Simplified Chinese, amount in 元',
    text: '【中国移动】尊敬的客户，您好！您于2026年11月21日成功充值50.00元，当前余额为62.30元。交易流水号：CMCC20261121088421。',
    expected: {
      amount: cny(5000),
      paidOn: d('2026-11-21'),
      confirmation: 'CMCC20261121088421',
      carrier: 'China Mobile',
    },
  },
  {
    name: 'China Mobile online order in 人民币, top-up value and amount actually paid',
    text: lines(
      '中国移动网上营业厅',
      '订单号：2026112110253388',
      '充值号码：139 1234 5678',
      '充值金额：人民币100元',
      '实付金额：人民币98.00元',
      '支付时间：2026-11-21 10:25:33',
    ),
    expected: {
      amount: cny(9800),
      paidOn: d('2026-11-21'),
      confirmation: '2026112110253388',
      carrier: 'China Mobile',
      phone: '139 1234 5678',
    },
  },
  {
    name: 'China Unicom SMS with the phone number and a plain 元 amount',
    text: '【中国联通】您好，您的手机号码186 1234 5678于2026-11-21 09:32通过支付宝充值100元，已到账。订单号：UN2026112109320017。',
    expected: {
      amount: cny(10000),
      paidOn: d('2026-11-21'),
      confirmation: 'UN2026112109320017',
      carrier: 'China Unicom',
      phone: '186 1234 5678',
    },
  },
  {
    name: 'China Telecom payment notice with full-width ￥ and a masked number',
    text: lines(
      '中国电信 缴费成功通知',
      '缴费号码：133****8866',
      '缴费金额：￥50.00',
      '缴费时间：2026年11月21日 14:05',
      '交易编号：CT88420011',
      '账户余额：￥65.60',
    ),
    expected: {
      amount: cny(5000),
      paidOn: d('2026-11-21'),
      confirmation: 'CT88420011',
      carrier: 'China Telecom',
    },
  },
  {
    name: 'WeChat Pay receipt for a China Unicom top-up, in ¥',
    text: lines(
      '微信支付 支付成功',
      '商品：中国联通话费充值',
      '支付金额：¥100.00',
      '支付时间：2026年11月21日 20:15',
      '交易单号：4200002026112112345678',
      '商户单号：CU20261121201533',
    ),
    expected: {
      amount: cny(10000),
      paidOn: d('2026-11-21'),
      confirmation: '4200002026112112345678',
      carrier: 'China Unicom',
    },
  },
  {
    name: 'Chunghwa Telecom prepaid SMS in Traditional Chinese, NT$',
    text: '【中華電信】親愛的用戶您好，您的預付卡門號0912-345-678已於2026/11/21儲值NT$300，有效期限至2027/05/20。交易序號：TW115112100451。',
    expected: {
      amount: { minor: 30000, currency: 'TWD' },
      paidOn: d('2026-11-21'),
      confirmation: 'TW115112100451',
      carrier: 'Chunghwa Telecom',
      phone: '0912-345-678',
    },
  },
  {
    name: 'Taiwan Mobile bill e-mail in Traditional Chinese, NT$ with 元',
    text: lines(
      '台灣大哥大 繳費通知',
      '親愛的用戶：',
      '您於 2026年11月21日 繳納帳單，金額 NT$ 599 元。',
      '訂單編號：TWM1121-00987',
      '如有疑問請撥打客服專線 0800-000-123',
    ),
    expected: {
      amount: { minor: 59900, currency: 'TWD' },
      paidOn: d('2026-11-21'),
      confirmation: 'TWM1121-00987',
      carrier: 'Taiwan Mobile',
    },
  },
  {
    name: 'China Mobile Hong Kong SMS in HK$, with only an expiry date',
    text: '【中國移動香港】您的儲值卡已成功增值HK$100，戶口餘額HK$128.50，有效期至2027年01月20日。參考編號：CMHK8812345',
    expected: {
      amount: { minor: 10000, currency: 'HKD' },
      confirmation: 'CMHK8812345',
      carrier: 'China Mobile Hong Kong',
    },
  },
  {
    name: 'T-Mobile balance SMS: a balance is not a payment',
    text: 'T-Mobile: Your account balance is $12.40. Dial #225# to check it anytime.',
    expected: { carrier: 'T-Mobile' },
  },
  {
    name: 'Mint Mobile offer: a monthly price is not a payment',
    text: 'Mint Mobile: Get 3 months of Unlimited for $15/mo. Offer ends soon. Reply STOP to opt out.',
    expected: { carrier: 'Mint Mobile' },
  },
  {
    name: 'nothing: a message between friends',
    text: 'Hey, are we still on for dinner tonight? Bring the charger please.',
    expected: {},
  },
  {
    name: 'nothing: a sign-in code',
    text: 'Your verification code is 482913. Do not share it with anyone.',
    expected: {},
  },
  {
    name: 'nothing: a parcel pick-up SMS in Simplified Chinese',
    text: '【驿站】您的快递已到达小区驿站，请凭取件码 3-2-1108 于今天18:00前取件。',
    expected: {},
  },
  {
    name: 'nothing: a meeting reminder in Traditional Chinese',
    text: '明天下午三點在會議室開會，記得帶筆電和充電器。',
    expected: {},
  },
  {
    name: 'nothing: a delivery notice with a tracking number',
    text: 'Your package 1Z999AA10123456784 is out for delivery today. Track it at the carrier site.',
    expected: {},
  },
];
