using InternalControl.Application.Delivery;
using InternalControl.Storage.Contacts;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// /contacts: the signed-in person's own channels (staff or parent; no one else's, the page takes no person), their
/// order of preference, and a one-time code that links their Telegram chat (as <c>ic contacts link</c>). A wrong
/// address is shown at its field, in the reader's language, and nothing is saved.
/// </summary>
public sealed class ContactsModel : SchoolPage
{
    public string Email { get; private set; } = "";

    public int EmailOrder { get; private set; } = 1;

    public string Phone { get; private set; } = "";

    public int PhoneOrder { get; private set; } = 2;

    public bool TelegramLinked { get; private set; }

    public int TelegramOrder { get; private set; } = 3;

    public string? Code { get; private set; }

    public int CodeDays => OwnContacts.LinkValidFor.Days;

    public bool Saved { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>The error at a field, or null.</summary>
    public string? Error(string field) => Errors.GetValueOrDefault(field);

    public IActionResult OnGet()
    {
        Load();
        return Page();
    }

    public IActionResult OnPostSave(
        [FromForm(Name = "Email")] string? email,
        [FromForm(Name = "EmailOrder")] int? emailOrder,
        [FromForm(Name = "Phone")] string? phone,
        [FromForm(Name = "PhoneOrder")] int? phoneOrder,
        [FromForm(Name = "TelegramOrder")] int? telegramOrder)
    {
        var result = Own().Save(new ContactEdit(email, emailOrder, phone, phoneOrder, telegramOrder));
        Load();
        if (!result.Saved)
        {
            Errors = result.Errors.ToDictionary(e => e.Key, e => T(e.Value.Key, e.Value.Args), StringComparer.Ordinal);
            (Email, EmailOrder, Phone, PhoneOrder) = (email ?? "", emailOrder ?? 1, phone ?? "", phoneOrder ?? 2);
            TelegramOrder = telegramOrder ?? TelegramOrder;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Web.Audit("contacts.save", null);
        Saved = true;
        return Page();
    }

    public IActionResult OnPostLink()
    {
        Load();
        Code = Own().LinkCode();
        Web.Audit("contacts.link", null);
        return Page();
    }

    private OwnContacts Own() => new(Web.Host.Workspace.Database.Contacts, Web.Person!, Web.Host.Workspace.Clock);

    private void Load()
    {
        Title = T("Web.Contacts.Title");
        foreach (var contact in Own().Current())
        {
            switch (contact.Channel)
            {
                case ContactChannel.Email:
                    (Email, EmailOrder) = (contact.Address, contact.Preference);
                    break;
                case ContactChannel.Sms:
                    (Phone, PhoneOrder) = (contact.Address, contact.Preference);
                    break;
                case ContactChannel.Telegram:
                    (TelegramLinked, TelegramOrder) = (true, contact.Preference);
                    break;
            }
        }
    }
}
