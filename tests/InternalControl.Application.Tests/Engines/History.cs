using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Tests.Engines;

/// <summary>
/// A generated journal: facts in arrival order (the first <see cref="Batch"/> loaded before the first run), then edits,
/// each of which removes or corrects one fact still in the journal (a mark's value, an absence's excuse).
/// </summary>
internal sealed record History(List<(Mark? Mark, Absence? Absence)> Facts, int Batch, List<(int At, bool Correct, int Value)> Edits)
{
    /// <summary>The journal after every edit: what a batch evaluates.</summary>
    public List<(Mark? Mark, Absence? Absence)> Final()
    {
        var live = Facts.ToList();
        foreach (var edit in Edits)
        {
            if (live.Count == 0)
            {
                break;
            }

            var at = edit.At % live.Count;
            var corrected = Corrected(live[at], edit);
            // Alike facts are one to the journal: the session removes the first of them, and so does the batch's journal.
            live.RemoveAt(live.IndexOf(live[at]));
            if (corrected is { } c)
            {
                live.Add(c);
            }
        }

        return live;
    }

    /// <summary>What an edit turns a fact into: null for a removal.</summary>
    public static (Mark? Mark, Absence? Absence)? Corrected((Mark? Mark, Absence? Absence) fact, (int At, bool Correct, int Value) edit) =>
        !edit.Correct ? null
        : fact.Mark is { } mark ? (mark with { Value = edit.Value }, null)
        : (null, fact.Absence! with { Excuse = (AbsenceExcuse)(edit.Value % (Enum.GetValues<AbsenceExcuse>().Length)) });
}
