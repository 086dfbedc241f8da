package bd.gov.cleancare.payments;

import bd.gov.cleancare.platform.pdf.BengaliFormat;
import bd.gov.cleancare.platform.pdf.Receipts;
import bd.gov.cleancare.platform.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;

/** GET /payments/{id}/receipt/: the Bengali PDF receipt of a completed payment. */
@Service
public class PaymentReceipts {

    private final Payments payments;
    private final Receipts receipts;

    PaymentReceipts(Payments payments, Receipts receipts) {
        this.payments = payments;
        this.receipts = receipts;
    }

    public byte[] pdf(CurrentUser me, java.util.UUID paymentId) {
        var p = payments.receiptOf(me, paymentId);
        var lines = List.of(
                new Receipts.Line("সেবা", "Service", p.serviceName()),
                new Receipts.Line("পরিমাণ", "Amount", "৳ " + BengaliFormat.decimal(p.amount(), 2)),
                new Receipts.Line("পরিশোধের মাধ্যম", "Paid with", p.paymentMethod() + " (" + p.gateway() + ")"),
                new Receipts.Line("মোবাইল নম্বর", "Wallet", p.phoneNumber()),
                new Receipts.Line("লেনদেন নম্বর", "Transaction", p.transactionId()),
                new Receipts.Line("গেটওয়ে লেনদেন", "Gateway transaction", p.gatewayTrxId()),
                new Receipts.Line("ফেরত দেওয়া হয়েছে", "Refunded", p.refundedAmount().signum() == 0 ? "—"
                        : "৳ " + BengaliFormat.decimal(p.refundedAmount(), 2)),
                new Receipts.Line("অবস্থা", "Status", p.status()));
        return receipts.render("পরিশোধের রসিদ", "Payment receipt", p.receiptNumber(), lines, p.completedAt());
    }
}
