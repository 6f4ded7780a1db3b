package dev.viva.review.agreement;

/**
 * How often reviewers kept Viva's verdicts: {@code reviewed} criterion verdicts looked at by a reviewer,
 * {@code changed} of them overridden, {@code agreementRate} = 1 - changed / reviewed (null when none).
 */
public record AgreementFigures(long reviewed, long changed, Double agreementRate) {

    static AgreementFigures of(long reviewed, long changed) {
        return new AgreementFigures(reviewed, changed,
                reviewed == 0 ? null : Math.round(10000.0 * (reviewed - changed) / reviewed) / 10000.0);
    }

    public AgreementFigures plus(AgreementFigures other) {
        return of(reviewed + other.reviewed, changed + other.changed);
    }
}
