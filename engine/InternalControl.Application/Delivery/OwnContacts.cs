using InternalControl.Application.Access;
using InternalControl.Storage.Contacts;

namespace InternalControl.Application.Delivery;

/// <summary>
/// A signed-in person's own channels, for them to read and change (never anyone else's: the person is the one signed
/// in), and their one-time Telegram link code (the same codes as <c>ic contacts link</c>).
/// </summary>
public sealed class OwnContacts(IContactStore store, Person person, TimeProvider clock)
{
    /// <summary>How long a link code stays valid (as <c>ic contacts link</c>).</summary>
    public static readonly TimeSpan LinkValidFor = TimeSpan.FromDays(7);

    private string Kind => person.Kind == PersonKind.Staff ? Contact.Staff : Contact.Parent;

    /// <summary>The person's channels, preferred first.</summary>
    public IReadOnlyList<Contact> Current() => store.Of(person.SchoolId, Kind, person.Id);

    /// <summary>A new one-time code that links the person's Telegram chat when sent to the school's bot.</summary>
    public string LinkCode() => store.IssueLinkCode(person.SchoolId, Kind, person.Id, clock.GetUtcNow() + LinkValidFor);

    /// <summary>Checks the edit and, when every field is right, replaces the person's channels with it.</summary>
    public ContactEditResult Save(ContactEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var errors = new Dictionary<string, (string Key, object[] Args)>(StringComparer.Ordinal);
        var email = edit.Email?.Trim() ?? "";
        var phone = edit.Phone?.Trim() ?? "";
        if (email.Length > 0 && !IsEmail(email))
        {
            errors["Email"] = ("Web.Contacts.BadEmail", [email]);
        }

        if (phone.Length > 0 && !IsPhone(phone))
        {
            errors["Phone"] = ("Web.Contacts.BadPhone", [phone]);
        }

        var telegram = Current().FirstOrDefault(c => c.Channel == ContactChannel.Telegram);
        var wanted = new List<(string Field, Contact Contact)>();
        if (email.Length > 0)
        {
            wanted.Add(("EmailOrder", new Contact(Kind, person.Id, ContactChannel.Email, email, edit.EmailOrder ?? 1)));
        }

        if (phone.Length > 0)
        {
            wanted.Add(("PhoneOrder", new Contact(Kind, person.Id, ContactChannel.Sms, phone, edit.PhoneOrder ?? 1)));
        }

        if (telegram is not null)
        {
            wanted.Add(("TelegramOrder", telegram with { Preference = edit.TelegramOrder ?? telegram.Preference }));
        }

        var orders = new HashSet<int>();
        foreach (var (field, contact) in wanted)
        {
            if (contact.Preference is < 1 or > 9 || !orders.Add(contact.Preference))
            {
                errors[field] = ("Web.Contacts.SameOrder", [contact.Preference]);
            }
        }

        if (errors.Count == 0)
        {
            store.Replace(person.SchoolId, Kind, person.Id, [.. wanted.Select(w => w.Contact)]);
        }

        return new ContactEditResult(errors);
    }

    /// <summary>something@something.domain, no spaces (as the import checks).</summary>
    public static bool IsEmail(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && text.IndexOf('.', at) >= at + 2 && !text.EndsWith('.') && !text.Any(char.IsWhiteSpace) && text.Count(c => c == '@') == 1;
    }

    /// <summary>5 to 15 digits, with + - ( ) and spaces (as the import checks).</summary>
    public static bool IsPhone(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = text.Count(char.IsAsciiDigit);
        return digits is >= 5 and <= 15 && text.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')');
    }
}
