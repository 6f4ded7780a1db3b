package dev.viva.security;

/** What failed sign-ins are counted against: an account, or a client address (forms and API keys apart). */
public record ThrottledSubject(Scope scope, String subject) {

    public enum Scope {
        ACCOUNT("account"), ADDRESS("address"), API_KEY_ADDRESS("api-key-address");

        final String column;

        Scope(String column) {
            this.column = column;
        }
    }

    public static ThrottledSubject account(String username) {
        return new ThrottledSubject(Scope.ACCOUNT, username);
    }

    public static ThrottledSubject address(String address) {
        return new ThrottledSubject(Scope.ADDRESS, address);
    }

    public static ThrottledSubject apiKeyAddress(String address) {
        return new ThrottledSubject(Scope.API_KEY_ADDRESS, address);
    }
}
