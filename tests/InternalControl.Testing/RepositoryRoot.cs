namespace InternalControl.Testing;

/// <summary>The repository's root folder (the one that holds InternalControl.sln), found above the test's folder.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The root folder.</summary>
    public static string Path => Root.Value;

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "InternalControl.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (InternalControl.sln) was not found above the test's folder.");
    }
}
