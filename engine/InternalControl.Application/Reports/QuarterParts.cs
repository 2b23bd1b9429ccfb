using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Reports;

/// <summary>
/// The parts of a Kazakh quarter mark from a pupil's marks in one subject (seed 001 R33), each a percent or null
/// when the journal has no mark of that kind: the unit part ΣСОР/ΣmaxСОР, the term part СОЧ/maxСОЧ (the last
/// one), the formative part ΣФО/ΣmaxФО.
/// </summary>
/// <param name="Unit">The unit summatives' points over their maxima, percent.</param>
/// <param name="Term">The term summative's points over its maximum, percent.</param>
/// <param name="Formative">The formative points over their maxima (10 each), percent.</param>
/// <param name="UnitCount">How many unit summatives there are.</param>
public sealed record QuarterParts(double? Unit, double? Term, double? Formative, int UnitCount)
{
    /// <summary>The parts of <paramref name="marks"/>, the marks of one pupil in one subject over the period.</summary>
    public static QuarterParts Of(IEnumerable<Mark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var list = marks as IReadOnlyCollection<Mark> ?? marks.ToList();
        var units = list.Where(m => m.Kind == MarkKind.UnitSummative).ToList();
        var term = list.LastOrDefault(m => m.Kind == MarkKind.TermSummative);
        var formative = list.Where(m => m.Kind == MarkKind.Formative).ToList();
        return new QuarterParts(Pooled(units), term?.Percent, Pooled(formative), units.Count);
    }

    private static double? Pooled(List<Mark> marks)
    {
        var max = marks.Sum(m => m.OutOf);
        return marks.Count > 0 && max > 0 ? marks.Sum(m => m.Value) * 100.0 / max : null;
    }
}
