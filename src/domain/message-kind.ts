// What a pasted or shared carrier message is, before anything is read from it: a payment made,
// a payment that failed, an amount due, a charge scheduled for later, a balance or validity reply,
// or something else. Only a payment made fills the top-up form; every other kind is said in
// words, so that a failed payment's amount is never taken for a payment.
//
// The words are checked in this order, and the first kind found wins: a one-time code (its
// amount is a payment being approved, not one made), then a failure ("failed", "declined", 失败),
// then money coming back or in (a refund, a deposit), then a payment made ("received", "successful", 成功, 已到账), then a charge to
// come ("will be charged", "scheduled", 将于…扣费), then an amount due ("amount due", "please pay
// by", 应缴, 請於…前繳), then a balance ("balance", 余额, "valid until", 有效期至).
export type MessageKind =
  'payment' | 'failed' | 'scheduled' | 'due' | 'balance' | 'code' | 'refund' | 'other';

const CODE =
  /\bOTP\b|\bone[-\s]?time\s+(?:password|passcode|code|pin)\b|验证码|驗證碼|校验码|校驗碼|动态密码|動態密碼/iu;

const REFUND = new RegExp(
  [
    String.raw`\brefund(?:ed|s)?\b|\bmoney\s+back\b|\bcredited\s+back\b|\bdeposit(?:ed)?\s+(?:of|to)\b`,
    '退款|退货|退貨|退费|退費|退回|收入|存入',
  ].join('|'),
  'iu',
);

const FAILED = new RegExp(
  [
    String.raw`\b(?:fail(?:ed|ure|s)?|declined|unsuccessful|rejected|timed\s+out|insufficient\s+funds)\b`,
    String.raw`\b(?:could\s*not|couldn't|cannot|can't|unable\s+to|was\s+not|wasn't)\s+(?:be\s+)?(?:process|take|taken|charge|complet|successful|approv|accept|apply|applied)\w*`,
    '失败|失敗|未成功|不成功|超时|超時|逾时|逾時|被拒|拒绝|拒絕|未能|无法扣款|無法扣款|扣款不成功',
    // A payment taken back is no payment either.
    String.raw`\b(?:reversed|cancell?ed|voided)\b|已撤销|已撤銷|已冲正|已沖正`,
  ].join('|'),
  'iu',
);

const MADE = new RegExp(
  [
    String.raw`\b(?:received|successful(?:ly)?|success|approved|confirmed|completed?|authori[sz]ed)\b`,
    String.raw`\bthank(?:s|\s+you)\s+for\s+(?:your\s+)?(?:payment|top-?\s?up|refill|recharge|purchase|order|reload)`,
    String.raw`\b(?:has|have)\s+been\s+(?:applied|added|credited|processed|received|paid|renewed|topped\s+up|recharged|refilled)\b|\b(?:is|was)\s+credited\b`,
    String.raw`\b(?:you\s+(?:have\s+)?(?:paid|topped\s+up|recharged|refilled|renewed|added|sent\s+(?:a\s+)?payment))\b`,
    String.raw`\bpaid\b(?!\s+(?:by|before|on\s+or\s+before))`,
    // A receipt's own words: "processed" (not "to be processed"), "Total charged", an order's id.
    String.raw`(?<!\bbe\s)\b(?:processed|charged|posted)\b|\b(?:is|was|has\s+been|have\s+been)\s+debited\b|\b(?:trx|txn|transaction)\s+using\b|\b(?:refill|payment|order|purchase)\s+confirmation\b|\breceipt\b|\border\s+(?:id|#|number|no\.?)`,
    // A bank's or wallet's record of a card payment: its amount is what was paid.
    '交易金额|交易金額',
    '成功|已到账|已到賬|已缴|已繳|已充值|已增值|已儲值|已储值|已加值|已付款|已支付|已扣款|已收到|已入账|已入賬|已續約|已续约|已续费|已續費',
    '(?:缴纳|繳納|缴费|繳費|充值|充入|儲值|储值|支付|付款)了',
    '感谢您的付款|感謝您的付款|付款确认|付款確認|订单确认|訂單確認|实付|實付|支付时间|支付時間|(?:您|已)[于於][^。，,]{0,20}(?:繳納|缴纳|繳費|缴费|儲值|储值|充值|增值|付款|支付)',
  ].join('|'),
  'iu',
);

const SCHEDULED = new RegExp(
  [
    String.raw`\bwill\s+(?:be\s+|get\s+)?(?:automatically\s+|auto-)?(?:taken|charged|debited|deducted|processed|billed|renew(?:ed)?|auto-?renew(?:ed)?|draft(?:ed)?|collected|attempt(?:ed)?)\b`,
    String.raw`\b(?:is|are|has\s+been)\s+scheduled\b|\bscheduled\s+(?:for|on)\b|\bset\s+to\s+(?:renew|charge)\b|\bupcoming\s+(?:payment|charge|renewal|auto-?pay)\b`,
    String.raw`\bnext\s+(?:payment|charge|renewal|auto-?pay)\s+(?:of|is|will|on)\b|\bdue\s+to\s+renew\b`,
    '将于|將於|将在|將在|即将|即將|预计|預計|预约|預約|自动续费将|自動續約將',
  ].join('|'),
  'iu',
);

const DUE = new RegExp(
  [
    String.raw`\b(?:amount|balance|payment|total)\s+(?:now\s+)?due\b|\b(?:is|are|now)\s+(?:past\s+)?due\b|\bdue\s+(?:date|on|by)\b|\bpast\s+due\b|\boverdue\b`,
    String.raw`\bplease\s+(?:pay|make\s+(?:a\s+)?payment|top\s+up|recharge)\b|\bpay\s+(?:by|before)\b|\bminimum\s+(?:payment|amount)\s+due\b|\boutstanding\b|\byour\s+(?:bill|statement)\s+(?:is\s+ready|of|for)\b`,
    '应缴|應繳|应付|應付|待缴|待繳|欠费|欠費|请于|請於|请在|請在|缴费截止|繳費截止|繳款截止|缴款截止|缴费期限|繳費期限|繳款期限|账单金额|帳單金額|本期账单|本期帳單|请及时缴|請及時繳|尚未缴|尚未繳',
  ].join('|'),
  'iu',
);

const BALANCE = new RegExp(
  [
    String.raw`\b(?:balance|bal|credit\s+remaining|remaining\s+credit|airtime)\b|\bvalid\s+(?:until|till|through|thru)\b|\bexpir(?:es|y|ation)\b|\blast\s+call\b`,
    '余额|餘額|剩余|剩餘|可用额度|可用額度|有效期|到期日|话费|話費|提醒值|可透支|最低增值|最低充值|信用额度|信用額度',
  ].join('|'),
  'iu',
);

// "If you have already paid, please ignore this": a bill's courtesy, not a payment.
const ALREADY_PAID_NOTE =
  /[(（]?(?:如|若)?(?:您)?已(?:缴费|繳費|缴款|繳款|付款)(?:者)?[，,]?请忽略[)）]?|[(（]?(?:如|若)?(?:您)?已(?:缴费|繳費|缴款|繳款|付款)(?:者)?[，,]?請忽略[)）]?|\bif\s+you\s+(?:have\s+)?already\s+(?:paid|made\s+(?:a|your|this)\s+payment)[^.!]*[.!]?/giu;

// "Never share your OTP": a bank's warning under every alert, which names no code of its own.
const SAFETY_NOTE =
  /\b(?:never|do\s+not|don't)\s+share\b[^.!\n]*|(?:请|請)?(?:勿|不要)(?:将|將|把)?(?:验证码|驗證碼)[^。！\n]*/giu;

/** The kind of a carrier message, read from its words (see the order above). */
export function messageKind(text: string): MessageKind {
  const folded = text.normalize('NFKC').replace(ALREADY_PAID_NOTE, ' ');
  if (CODE.test(folded.replace(SAFETY_NOTE, ' '))) return 'code';
  if (FAILED.test(folded)) return 'failed';
  if (REFUND.test(folded)) return 'refund';
  if (MADE.test(folded)) return 'payment';
  if (SCHEDULED.test(folded)) return 'scheduled';
  if (DUE.test(folded)) return 'due';
  if (BALANCE.test(folded)) return 'balance';
  return 'other';
}
