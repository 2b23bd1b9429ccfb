using CsCheck;
using InternalControl.Kernel.Schools;

namespace InternalControl.Testing.Properties;

/// <summary>The generators of journal histories that the engines' property tests share (Kyrgyz and Kazakh alike).</summary>
public static class Histories
{
    /// <summary>An absence of one of <paramref name="pupils"/> on one of the 53 days from <paramref name="first"/>: 1-6 lessons, any excuse, no document.</summary>
    public static Gen<Absence> Absences(IReadOnlyList<string> pupils, DateOnly first)
    {
        ArgumentNullException.ThrowIfNull(pupils);
        return Gen.Select(Gen.Int[0, pupils.Count - 1], Gen.Int[0, 52], Gen.Int[1, 6], Gen.Enum<AbsenceExcuse>())
            .Select((p, day, lessons, excuse) => new Absence(pupils[p], first.AddDays(day), lessons, excuse, null));
    }

    /// <summary>
    /// A history: up to 40 marks and absences in arrival order (a mark <paramref name="markWeight"/> times as likely as an
    /// absence), how many arrive before the first run, and then up to six edits, each of which removes or corrects one
    /// fact still in the journal (picked by position).
    /// </summary>
    public static Gen<History> Of(Gen<Mark> marks, Gen<Absence> absences, int markWeight) =>
        Gen.Frequency((markWeight, marks.Select(m => ((Mark?)m, (Absence?)null))), (1, absences.Select(a => ((Mark?)null, (Absence?)a))))
            .List[0, 40]
            .SelectMany(facts => Gen.Select(Gen.Int[0, facts.Count], Gen.Select(Gen.Int[0, 63], Gen.Bool, Gen.Int[2, 5]).List[0, 6])
                .Select((batch, edits) => new History(facts, batch, edits)));
}
