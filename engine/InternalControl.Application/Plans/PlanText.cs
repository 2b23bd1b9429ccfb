using InternalControl.Kernel.Plans;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Plans;

/// <summary>
/// A planned control as a reader reads it: its topic in the school's words, its object by name (the subject, class or
/// person, never an id) and its evaluation sheet by title, in the reader's language.
/// </summary>
public static class PlanText
{
    /// <summary>"topic (object; evaluation sheet II.3 «title»)".</summary>
    public static string Title(PlanControl control, SchoolData data, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(localizer);
        var target = Object(control, data, localizer);
        return control.Sheet is { } sheet
            ? localizer.Get("Plan.Title.Sheet", control.Topic, target, sheet, localizer.GetOr("Matrix.Sheet." + sheet, sheet))
            : localizer.Get("Plan.Title", control.Topic, target);
    }

    /// <summary>The object by name: the whole school, a subject in the reader's language, a class's name, a person's full name.</summary>
    public static string Object(PlanControl control, SchoolData data, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(localizer);
        return control.ObjectKind switch
        {
            PlanObjectKind.Subject => data.FindSubject(control.ObjectId)?.Name(localizer.Language),
            PlanObjectKind.Class => data.FindClass(control.ObjectId)?.Name,
            PlanObjectKind.Staff => data.FindStaff(control.ObjectId)?.FullName,
            _ => null,
        } ?? localizer.Get("Plan.Object.School");
    }

    /// <summary>A month's name (1-12) in the reader's language.</summary>
    public static string Month(int month, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer.Get("Plan.Month." + month.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
