using InternalControl.Application.Access;
using InternalControl.Application.Tests.Import;
using InternalControl.Storage.Contacts;
using InternalControl.Testing.Databases;
using Microsoft.Extensions.Time.Testing;

namespace InternalControl.Application.Tests.Access;

/// <summary>Sign-in links, passwords, sessions, the audit trail and Telegram link codes on SQLite and on PostgreSQL.</summary>
public sealed class AccessStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [ClassData(typeof(Backends))]
    public void Redeem_LinkUsedTwice_SignsInOnceAndAuditsBoth(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);
        var access = new AccessStore(folder.Database, folder.School.Id, new FakeTimeProvider(Now));
        var token = access.IssueLink(PersonKind.Staff, "t1", AccessStore.InvitationLength, "staff:t3");

        // Act
        var first = access.Redeem(token);
        var second = access.Redeem(token);

        // Assert
        Assert.Equal(new Person(folder.School.Id, PersonKind.Staff, "t1"), first);
        Assert.Null(second);
        Assert.Equal(["link.refused", "signin.link", "link.issued"], access.AuditTrail().Select(e => e.Action));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void SignIn_FiveWrongPasswords_LocksTheAccountUntilTheLockoutEnds(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);
        var clock = new FakeTimeProvider(Now);
        var access = new AccessStore(folder.Database, folder.School.Id, clock);
        var hasher = new PlainHasher();
        access.SetPassword(new Person(folder.School.Id, PersonKind.Staff, "t1"), "correct horse", hasher);

        // Act
        var wrong = Enumerable.Range(0, AccessStore.MaxFailures).Select(_ => access.SignIn("t1", "wrong", hasher)).ToList();
        var whileLocked = access.SignIn("t1", "correct horse", hasher);
        clock.Advance(AccessStore.Lockout + TimeSpan.FromMinutes(1));
        var after = access.SignIn("t1", "correct horse", hasher);

        // Assert
        Assert.Equal(PasswordSignIn.LockedOut, wrong[^1]);
        Assert.Equal(PasswordSignIn.LockedOut, whileLocked);
        Assert.Equal(PasswordSignIn.SignedIn, after);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Session_AfterSignOut_SignsNobodyIn(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);
        var access = new AccessStore(folder.Database, folder.School.Id, new FakeTimeProvider(Now));
        var person = new Person(folder.School.Id, PersonKind.Parent, "g1");
        var token = access.StartSession(person);
        var during = access.Session(token);

        // Act
        access.EndSession(token, person);

        // Assert
        Assert.Equal(person, during);
        Assert.Null(access.Session(token));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Link_CodeSentTwice_LinksTheChatOnceAsTheLastChannel(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);
        Assert.True(folder.Import().Succeeded);
        var contacts = folder.Database.Contacts;
        var code = contacts.IssueLinkCode(folder.School.Id, Contact.Parent, "g1", Now.AddDays(7));

        // Act
        var linked = contacts.Link(folder.School.Id, code, "777", Now);
        var again = contacts.Link(folder.School.Id, code, "888", Now);

        // Assert
        Assert.Equal((ContactChannel.Telegram, "777", 2), (linked!.Channel, linked.Address, linked.Preference));
        Assert.Null(again);
        Assert.Equal([ContactChannel.Sms, ContactChannel.Telegram], contacts.Of(folder.School.Id, Contact.Parent, "g1").Select(c => c.Channel));
    }

    /// <summary>A hasher that keeps the password as it is: these tests are about the store, not the hash.</summary>
    private sealed class PlainHasher : IPasswordHasher
    {
        public string Hash(string password) => "plain:" + password;

        public bool Verify(string hash, string password) => hash == "plain:" + password;
    }
}
