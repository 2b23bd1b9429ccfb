using System.Text.RegularExpressions;
using InternalControl.Kernel.Plans;

namespace InternalControl.Application.Import;

/// <summary>
/// plan.csv: the school's yearly internal control plan (Kazakh Order No. 130, seed 000 §2.1), one planned control a row.
/// The file is the whole plan: when it is present it replaces the stored one.
/// </summary>
internal sealed partial class ImportReader
{
    /// <summary>The columns of plan.csv that every row fills, then the optional ones (<see cref="PlanOptional"/>).</summary>
    internal static readonly string[] PlanRequired =
        ["control_id", "direction", "topic", "object_kind", "month", "responsible_id", "venue", "output"];

    internal static readonly string[] PlanOptional = ["object_id", "sheet", "second_month"];

    private readonly Keyed<string, PlanControl> _plan = new();

    private void ReadPlan()
    {
        using var table = Open("plan", PlanRequired, PlanOptional);
        if (table is null)
        {
            return;
        }

        while (table.Next())
        {
            Batch.Counts["plan"]++;
            var control = PlanRow(table);
            if (control is not null)
            {
                Add(_plan, control.Id, control, table, 0, control.Id, SameControl);
            }
        }

        Close("plan", table);
        Batch.Plan = [.. _plan.Values];
        foreach (var (row, firstRow) in _plan.Repeats)
        {
            Notices.Add(new ImportError(table.File, row, "", "Import.SameRowAgain", [firstRow]));
            Batch.Counts["plan"]--;
        }
    }

    private PlanControl? PlanRow(CsvTable table)
    {
        var id = Required(table, 0);
        var direction = Integer(table, 1, 1, 6);
        var topic = Required(table, 2);
        var kind = PlanObjectKind(table);
        var months = Months(table, 4, required: true);
        var responsible = Required(table, 5);
        Refers(table, 5, responsible, "staff");
        var venue = Code<PlanVenue>(table, 6, PlanCodes.TryParseVenue, "Import.Plan.UnknownVenue", PlanCodes.VenueCodeList);
        var output = Code<PlanOutput>(table, 7, PlanCodes.TryParseOutput, "Import.Plan.UnknownOutput", PlanCodes.OutputCodeList);
        var objectId = PlanObject(table, kind);
        var sheet = Optional(table, 9);
        if (sheet is not null && !SheetCode().IsMatch(sheet))
        {
            Error(table, 9, "Import.Plan.BadSheet", sheet);
            sheet = null;
        }

        var second = table.Get(10).Length == 0 ? null : Months(table, 10, required: false);
        if (second is { Count: > 1 })
        {
            Error(table, 10, "Import.Plan.BadMonths", table.Get(10));
            second = null;
        }

        if (id is null || direction is null || topic is null || kind is null || months is null || responsible is null
            || venue is null || output is null || (kind != Kernel.Plans.PlanObjectKind.School && objectId is null)
            || (table.Get(9).Length > 0 && sheet is null) || (table.Get(10).Length > 0 && second is null))
        {
            return null;
        }

        return new PlanControl(id, direction.Value, topic, kind.Value, objectId, sheet?.ToUpperInvariant(), months, responsible,
            venue.Value, output.Value, second?[0]);
    }

    private PlanObjectKind? PlanObjectKind(CsvTable table) =>
        Code<PlanObjectKind>(table, 3, PlanCodes.TryParseObjectKind, "Import.Plan.UnknownObjectKind", PlanCodes.ObjectKindCodeList);

    /// <summary>The object's id, checked against the folder and the database for its kind; none for the whole school.</summary>
    private string? PlanObject(CsvTable table, PlanObjectKind? kind)
    {
        var id = Optional(table, 8);
        switch (kind)
        {
            case Kernel.Plans.PlanObjectKind.School when id is not null:
                Error(table, 8, "Import.Plan.ObjectIdForSchool");
                return null;
            case Kernel.Plans.PlanObjectKind.School or null:
                return null;
            case not null when id is null:
                Error(table, 8, "Import.Plan.ObjectIdMissing", table.Get(3));
                return null;
        }

        Refers(table, 8, id, kind switch
        {
            Kernel.Plans.PlanObjectKind.Staff => "staff",
            Kernel.Plans.PlanObjectKind.Class => "classes",
            _ => "subjects",
        });
        return id;
    }

    private IReadOnlyList<int>? Months(CsvTable table, int column, bool required)
    {
        var text = required ? Required(table, column) : Optional(table, column);
        if (text is null)
        {
            return null;
        }

        if (!PlanCodes.TryParseMonths(text, out var months))
        {
            Error(table, column, "Import.Plan.BadMonths", text);
            return null;
        }

        return months;
    }

    private static bool SameControl(PlanControl a, PlanControl b) =>
        a with { Months = b.Months } == b && a.Months.SequenceEqual(b.Months);

    // A sheet of the guideline: the direction's Roman numeral (I-VI) and the sheet's number ("II.3", "IV.1").
    [GeneratedRegex(@"^(I|II|III|IV|V|VI)(\.[1-9][0-9]?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SheetCode();
}
