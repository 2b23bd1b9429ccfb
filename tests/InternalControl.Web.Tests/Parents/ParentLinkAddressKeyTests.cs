using System.Net;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Web.Tests.Parents;

/// <summary>
/// Issue 11, sign-in links over several hosts: with <c>Access:AddressKey</c> set, one network address's link requests are
/// counted in the database, so two hosts of a district over one database count them together, and what the database
/// holds is a keyed hash of the address, never the address.
/// </summary>
public sealed class ParentLinkAddressKeyTests : IDisposable
{
    private readonly WebSchool school = WebSchool.Served();

    public void Dispose() => school.Dispose();

    [Fact]
    public async Task ParentLink_TwoHostsWithAnAddressKey_CountOneAddressTogether_AndKeepNoAddress()
    {
        // Arrange: two requests an hour per address, and a key, in the settings both hosts read
        school.WriteSettings("""{ "Access": { "LinkRequestsPerAddress": "2", "LinkRequestMilliseconds": "0", "AddressKey": "district-7-address-key" } }""");
        using var second = school.AnotherHost();
        var parent = school.Workspace.Database.Contacts.OfKind(school.Workspace.School.Id, Contact.Parent).First(c => c.Channel == ContactChannel.Email).Address;
        await Ask(school.BaseAddress!, "nobody@example.org");
        await Ask(second.BaseAddress, "stranger@example.org");
        var before = Outbox();

        // Act: the third request of the hour from this address, on the first host
        var third = await Ask(school.BaseAddress!, parent);

        // Assert: nothing sent, the page as always; the database holds two hashes (of 127.0.0.1) and so no address
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal(before, Outbox());
        var keys = Keys();
        Assert.Equal(2, keys.Count);
        Assert.All(keys, k => Assert.Matches("^[0-9A-F]{64}$", k));
        Assert.Single(keys.Distinct());
    }

    [Fact]
    public async Task ParentLink_AKeyTooShort_CountsInEachHostsMemoryAndWritesNothing()
    {
        // Arrange: a key shorter than 16 characters is no secret
        school.WriteSettings("""{ "Access": { "LinkRequestsPerAddress": "2", "LinkRequestMilliseconds": "0", "AddressKey": "short" } }""");
        using var second = school.AnotherHost();
        await Ask(school.BaseAddress!, "nobody@example.org");
        await Ask(second.BaseAddress, "stranger@example.org");
        var parent = school.Workspace.Database.Contacts.OfKind(school.Workspace.School.Id, Contact.Parent).First(c => c.Channel == ContactChannel.Email).Address;
        var before = Outbox();

        // Act: the first host has counted one request only
        await Ask(school.BaseAddress!, parent);

        // Assert: the link is sent, and nothing was written
        Assert.Equal(before + 1, Outbox());
        Assert.Empty(Keys());
    }

    private static async Task<(HttpStatusCode Status, string Html)> Ask(Uri host, string address)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = host };
        return await browser.Post("/signin?handler=ParentLink", [new("ParentAddress", address)], tokenFrom: "/signin");
    }

    private int Outbox() => school.Outbox().Count;

    private List<string> Keys()
    {
        using var connection = school.Workspace.Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT address_key FROM address_requests";
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
