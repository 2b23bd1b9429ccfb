namespace InternalControl.Storage.Schools;

/// <summary>The ids of the rows a school already has that other rows refer to.</summary>
public sealed class SchoolIds
{
    internal SchoolIds(IReadOnlySet<string> classes, IReadOnlySet<string> staff, IReadOnlySet<string> pupils, IReadOnlySet<string> subjects, IReadOnlySet<string> parents)
    {
        Classes = classes;
        Staff = staff;
        Pupils = pupils;
        Subjects = subjects;
        Parents = parents;
    }

    public IReadOnlySet<string> Classes { get; }

    public IReadOnlySet<string> Staff { get; }

    public IReadOnlySet<string> Pupils { get; }

    public IReadOnlySet<string> Subjects { get; }

    /// <summary>The ids of the school's parents (a parent of two pupils once).</summary>
    public IReadOnlySet<string> Parents { get; }
}
