using InternalControl.Kernel.Schools;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// Removing a fact from working memory: a mark or absence that the journal corrected or deleted. A fact is
/// found by what it records (pupil, subject, date, value, kind and points for a mark; pupil, date, lessons and
/// excuse for an absence); when several are alike, one of them goes.
/// </summary>
internal sealed partial class FactIndex
{
    /// <summary>Removes a mark; returns the pupil's index, or -1 when no such mark is in working memory.</summary>
    public int RemoveMark(Mark mark, out int s)
    {
        s = -1;
        if (!PupilIndex.TryGetValue(mark.PupilId, out var p) || !SubjectIndex.TryGetValue(mark.SubjectId, out s))
        {
            return -1;
        }

        var block = Marks[p];
        var row = Row(mark);
        for (var i = block.Start[s]; i < block.Start[s + 1]; i++)
        {
            if (block.Rows[i].SameMark(row))
            {
                block.RemoveAt(s, i);
                if (!block.Has(s) && !Taught(p, s))
                {
                    // A subject the pupil is not taught is the pupil's only while it has marks, as in a batch.
                    PupilSubjects[p].Remove(s);
                }

                return p;
            }
        }

        return -1;
    }

    /// <summary>Removes an absence; returns the pupil's index, or -1 when no such absence is in working memory.</summary>
    public int RemoveAbsence(Absence absence)
    {
        if (!PupilIndex.TryGetValue(absence.PupilId, out var p) || Absences[p] is not { } group)
        {
            return -1;
        }

        var day = absence.Date.DayNumber;
        for (var i = 0; i < group.Count; i++)
        {
            var row = group.Items[i];
            if (row.Day == day && row.Lessons == absence.Lessons && row.Excuse == (int)absence.Excuse)
            {
                group.RemoveAt(i);
                NumberRuns(group);
                return p;
            }
        }

        return -1;
    }

    /// <summary>Whether a fact would find its place: its pupil (and, for a mark, its subject) is known.</summary>
    public bool Knows(string pupilId, string? subjectId) =>
        PupilIndex.ContainsKey(pupilId) && (subjectId is null || SubjectIndex.ContainsKey(subjectId));

    private bool Taught(int pupil, int subject)
    {
        var classId = Data.Pupils[pupil].ClassId;
        var subjectId = SubjectIds[subject];
        return Data.Teaching.Any(t => t.ClassId == classId && t.SubjectId == subjectId);
    }
}
