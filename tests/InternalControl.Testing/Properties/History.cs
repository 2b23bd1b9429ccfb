using InternalControl.Kernel.Schools;
using InternalControl.Rules.Runtime;
using Xunit;

namespace InternalControl.Testing.Properties;

/// <summary>
/// A generated journal: facts in arrival order (the first <see cref="Batch"/> loaded before the first run), then edits,
/// each of which removes or corrects one fact still in the journal (a mark's value, an absence's excuse).
/// </summary>
public sealed record History(List<(Mark? Mark, Absence? Absence)> Facts, int Batch, List<(int At, bool Correct, int Value)> Edits)
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

    /// <summary>
    /// Feeds the history to a session opened over its first <see cref="Batch"/> facts: runs it, adds the rest one by one,
    /// then applies the edits (Remove and Update), and returns where the session ends.
    /// </summary>
    public EvaluationResult Replay(RuleSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.Run();
        foreach (var (mark, absence) in Facts.Skip(Batch))
        {
            _ = mark is not null ? session.Add(mark) : session.Add(absence!);
        }

        var live = Facts.ToList();
        foreach (var edit in Edits)
        {
            if (live.Count == 0)
            {
                break;
            }

            var at = edit.At % live.Count;
            var (mark, absence) = live[at];
            var corrected = Corrected(live[at], edit);
            var done = (mark, corrected) switch
            {
                (not null, null) => session.Remove(mark),
                (not null, _) => session.Update(mark, corrected.Value.Mark!),
                (null, null) => session.Remove(absence!),
                _ => session.Update(absence!, corrected.Value.Absence!),
            };
            Assert.True(done, $"edit {at} not applied");
            // Alike facts are one to the journal: the session removes the first of them, and so does the batch's journal.
            live.RemoveAt(live.IndexOf(live[at]));
            if (corrected is { } c)
            {
                live.Add(c);
            }
        }

        return session.Result();
    }

    /// <summary>The history as a failure message prints it: the facts (a mark's maximum points after a slash), then the edits.</summary>
    public string Print() =>
        $"first {Batch} in the batch, then one by one:\n" + string.Join("\n", Facts.Select(f => f.Mark is { } m
            ? $"  mark {m.PupilId} {m.SubjectId} {m.Date:yyyy-MM-dd} {m.Value}{(m.Max is { } max ? "/" + max : "")} {m.Kind}"
            : $"  absence {f.Absence!.PupilId} {f.Absence.Date:yyyy-MM-dd} {f.Absence.Lessons} {f.Absence.Excuse}"))
        + "\nthen edits (position in the journal, correct or remove, new value):\n" + string.Join("\n", Edits.Select(e => $"  {e.At} {(e.Correct ? "correct" : "remove")} {e.Value}"));

    /// <summary>What an edit turns a fact into: null for a removal.</summary>
    public static (Mark? Mark, Absence? Absence)? Corrected((Mark? Mark, Absence? Absence) fact, (int At, bool Correct, int Value) edit) =>
        !edit.Correct ? null
        : fact.Mark is { } mark ? (mark with { Value = edit.Value }, null)
        : (null, fact.Absence! with { Excuse = (AbsenceExcuse)(edit.Value % (Enum.GetValues<AbsenceExcuse>().Length)) });
}
