namespace InternalControl.Kernel.Text;

/// <summary>
/// The longest value each text field may hold, in characters, in one place for the import, the command line and
/// the web forms (README "Limits" lists them). A name of a megabyte would break the XLSX export (a cell holds 32,767
/// characters) and flood every inbox that prints it; no school's register needs more than these.
/// </summary>
public static class TextLimits
{
    /// <summary>Ids of people, classes and subjects (<c>pupil_id</c>, <c>class_id</c>, ...).</summary>
    public const int Id = 64;

    /// <summary>Full names of people, names of classes and subjects in each language.</summary>
    public const int Name = 200;

    /// <summary>An e-mail address (RFC 5321's longest path) or any other contact address.</summary>
    public const int Address = 254;

    /// <summary>A phone number with its +, spaces and brackets.</summary>
    public const int Phone = 32;

    /// <summary>A document that excuses an absence.</summary>
    public const int Document = 200;

    /// <summary>A free text a member of staff writes: a reassignment's reason, a task form's field.</summary>
    public const int Note = 2000;

    /// <summary>The limit of the field named <paramref name="field"/> (an import column, a form field, an option).</summary>
    public static int Of(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.EndsWith("_id", StringComparison.Ordinal))
        {
            return Id;
        }

        return field switch
        {
            "email" or "address" => Address,
            "phone" => Phone,
            "document" => Document,
            "reason" or "comment" or "note" or "topic" => Note,

            // Names, and codes and numbers (languages, roles, kinds, dates, marks, hours), which are far shorter.
            _ => Name,
        };
    }
}
