using InternalControl.Storage.Contacts;

using InternalControl.Testing.Databases;
using static InternalControl.Testing.Cultures;

namespace InternalControl.Application.Tests.Import;

/// <summary>contacts.csv: each person's channels in their order of preference, every bad cell reported with its file, row and column.</summary>
public sealed class ContactImportTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void Import_ParentWithSmsAndTelegram_StoresChannelsInPreferenceOrder(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);
        WriteContacts(
            folder,
            "parent,g1,sms,+996 555 123 456,2",
            "parent,g1,telegram,123456789,1",
            "staff,t1,email,aigul@example.org,1");

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.Equal(3, outcome.Counts["contacts"]);
        var channels = folder.Database.Contacts.Of(folder.School.Id, Contact.Parent, "g1");
        Assert.Equal([ContactChannel.Telegram, ContactChannel.Sms], channels.Select(c => c.Channel));
        Assert.Equal("+996 555 123 456", channels[1].Address);
        Assert.Equal("aigul@example.org", Assert.Single(folder.Database.Contacts.Of(folder.School.Id, Contact.Staff, "t1")).Address);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Import_SameFileTwiceWithNewAddress_UpdatesInPlace(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);
        WriteContacts(folder, "staff,t1,email,old@example.org,1");
        folder.Import();
        WriteContacts(folder, "staff,t1,email,new@example.org,1");

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.Equal("new@example.org", Assert.Single(folder.Database.Contacts.Of(folder.School.Id, Contact.Staff, "t1")).Address);
    }

    [Fact]
    public void Import_UnknownChannel_ReportsCellAndListsChannels()
    {
        // Arrange
        using var folder = new ImportFolder();
        WriteContacts(folder, "parent,g1,whatsapp,+996 555 123 456,1");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("contacts.csv", 2, "channel"), (error.File, error.Row, error.Column));
        Assert.Equal("«whatsapp» — не канал связи; укажите один из: email, telegram, sms.", error.Message(Ru));
        Assert.Equal("«whatsapp» — байланыш каналы эмес; булардын бирин жазыңыз: email, telegram, sms.", error.Message(Ky));
    }

    [Fact]
    public void Import_ParentNotInFileOrDatabase_ReportsPersonCell()
    {
        // Arrange
        using var folder = new ImportFolder();
        WriteContacts(folder, "parent,g9,sms,+996 555 123 456,1");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("contacts.csv", 2, "person_id"), (error.File, error.Row, error.Column));
        Assert.Equal("parents.csv файлында да, дерекқорда да «g9» ата-анасы жоқ.", error.Message(Kk));
    }

    [Fact]
    public void Import_ParentFromEarlierImport_IsFound()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Import();
        foreach (var file in ImportFolder.Valid.Keys)
        {
            folder.Delete(file);
        }

        WriteContacts(folder, "parent,g2,email,olga@example.org,1");

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message(Ru))));
        Assert.Single(folder.Database.Contacts.Of(folder.School.Id, Contact.Parent, "g2"));
    }

    [Fact]
    public void Import_BadAddressForChannel_ReportsAddressCell()
    {
        // Arrange
        using var folder = new ImportFolder();
        WriteContacts(
            folder,
            "parent,g1,sms,call me,1",
            "parent,g2,telegram,@olga,1");

        // Act
        var errors = folder.Import().Errors;

        // Assert
        Assert.Equal([("contacts.csv", 2, "address"), ("contacts.csv", 3, "address")], errors.Select(e => (e.File, e.Row, e.Column)));
        Assert.Equal("«@olga» не является идентификатором чата Telegram (целое число, например 123456789).", errors[1].Message(Ru));
        Assert.Empty(folder.Database.Contacts.Of(folder.School.Id, Contact.Parent, "g1"));
    }

    [Fact]
    public void Import_TwoChannelsAtOnePreference_ReportsSecondRow()
    {
        // Arrange
        using var folder = new ImportFolder();
        WriteContacts(
            folder,
            "parent,g1,sms,+996 555 123 456,1",
            "parent,g1,email,bakyt@example.org,1");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("contacts.csv", 3, "preference"), (error.File, error.Row, error.Column));
        Assert.Equal("«g1» үчүн 2-сапта 1 артыкчылыгы бар канал мурунтан эле бар; ар бир каналга өз ордун бериңиз.", error.Message(Ky));
    }

    [Fact]
    public void ToString_Contact_LeavesOutTheAddress()
    {
        // Arrange
        var contact = new Contact(Contact.Parent, "g1", ContactChannel.Sms, "+996 555 123 456", 1);

        // Act
        var text = contact.ToString();

        // Assert
        Assert.Equal("parent:g1 sms #1", text);
    }

    /// <summary>Writes contacts.csv into the folder: its header, then <paramref name="rows"/>, one a line.</summary>
    private static void WriteContacts(ImportFolder folder, params string[] rows) =>
        folder.Write("contacts.csv", string.Join("\n", ["person_kind,person_id,channel,address,preference", .. rows]));
}
