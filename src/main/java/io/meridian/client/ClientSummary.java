package io.meridian.client;

import java.sql.ResultSet;
import java.sql.SQLException;

import io.swagger.v3.oas.annotations.media.Schema;

/** Who a listed record is for: enough to tell the rows of a list apart without opening each. */
public record ClientSummary(
    @Schema(description = "the client's id") String id,
    @Schema(description = "the client's company name") String company,
    @Schema(description = "the client's country, ISO 3166-1 alpha-2") String country,
    @Schema(description = "the client's value tier: A, B or C") String tier,
    @Schema(description = "the contact's email address") String email) {

    /** The client columns a list query selects next to its record ({@link #COLUMNS}, table alias {@code c}). */
    public static final String COLUMNS = "c.company as client_company, c.country as client_country, c.tier as client_tier,"
        + " c.email as client_email";

    public static ClientSummary read(ResultSet rs) throws SQLException {
        return new ClientSummary(rs.getString("client_id"), rs.getString("client_company"), rs.getString("client_country"),
            rs.getString("client_tier"), rs.getString("client_email"));
    }
}
