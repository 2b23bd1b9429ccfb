using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// Requests counted per network address over every host of a database (<see cref="Access.IRequestWindowStore"/>): a
/// keyed hash of the address, never the address, and the instant of each request; rows older than the window go at the
/// next request.
/// </summary>
[Migration(1105, "Requests counted per address")]
public sealed class M1105_AddressRequests : PortableMigration
{
    public override void Up()
    {
        Sql("""
            CREATE TABLE address_requests (
                address_key TEXT NOT NULL,
                requested_at TEXT NOT NULL);
            CREATE INDEX ix_address_requests_key ON address_requests (address_key, requested_at);
            CREATE INDEX ix_address_requests_at ON address_requests (requested_at);
            """);
    }

    public override void Down() => Sql("DROP TABLE address_requests;");
}
