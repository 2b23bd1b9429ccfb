using System.Globalization;
using InternalControl.Storage.Contacts;

namespace InternalControl.Application.Import;

/// <summary>contacts.csv: each person's channels (e-mail, Telegram, SMS) and their order of preference.</summary>
internal sealed partial class ImportReader
{
    private void ReadContacts()
    {
        using var table = Open("contacts", ["person_kind", "person_id", "channel", "address", "preference"]);
        if (table is null)
        {
            return;
        }

        // A person's preferences must order their channels: two channels at one preference would leave it to chance.
        var preferences = new Dictionary<(string Kind, string Id, int Preference), int>();
        while (table.Next())
        {
            var kind = PersonKind(table, 0);
            var id = Required(table, 1);
            if (kind is not null && id is not null)
            {
                RefersPerson(table, kind, id);
            }

            var channel = Code<ContactChannel>(table, 2, ContactChannels.TryParse, "Contacts.Import.UnknownChannel", ContactChannels.All.Select(c => c.Code()));
            var address = channel is null ? Required(table, 3) : Address(table, 3, channel.Value);
            var preference = Integer(table, 4, 1, 9);
            Batch.Counts["contacts"]++;
            if (kind is null || id is null || channel is null || address is null || address.Length == 0 || preference is null)
            {
                continue;
            }

            var contact = new Contact(kind, id, channel.Value, address, preference.Value);
            if (!Add(Batch.Contacts, (kind, id, channel.Value), contact, table, 2, $"{kind} {id} {channel.Value.Code()}"))
            {
                continue;
            }

            if (!preferences.TryAdd((kind, id, preference.Value), table.Row))
            {
                Error(table, 4, "Contacts.Import.SamePreference", id, preference.Value, preferences[(kind, id, preference.Value)]);
            }
        }

        Close("contacts", table);
    }

    private string? PersonKind(CsvTable table, int column)
    {
        var text = Required(table, column);
        if (text is null)
        {
            return null;
        }

        var kind = text.Trim().ToLowerInvariant();
        if (kind is Contact.Staff or Contact.Parent)
        {
            return kind;
        }

        Error(table, column, "Contacts.Import.UnknownKind", text);
        return null;
    }

    private void RefersPerson(CsvTable table, string kind, string id)
    {
        if (kind == Contact.Staff)
        {
            Refers(table, 1, id, "staff");
        }
        else if (!_broken.Contains("parents") && !_parents.Contains(id) && !existing.Parents.Contains(id))
        {
            Error(table, 1, "Contacts.Import.UnknownParent", id);
        }
    }

    /// <summary>The address checked for its channel; "" when it is wrong (reported), null when empty (reported).</summary>
    private string? Address(CsvTable table, int column, ContactChannel channel)
    {
        if (Required(table, column) is null)
        {
            return null;
        }

        switch (channel)
        {
            case ContactChannel.Email:
                return Email(table, column);
            case ContactChannel.Sms:
                return Phone(table, column);
            default:
                // A Telegram chat id is a whole number (negative for a group); the bot learns it when the person links.
                var text = table.Get(column).Trim();
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                {
                    return text;
                }

                Error(table, column, "Contacts.Import.BadTelegramChat", text);
                return "";
        }
    }
}
