using InternalControl.Application.Workspaces;
using InternalControl.Localization;

namespace InternalControl.Application.Documents;

/// <summary>
/// Where a document's template comes from: the school's own, <c>templates/LANG/KIND.docx</c> in its templates folder
/// (beside the database file; for PostgreSQL, the current folder), else the shipped one of seeds/templates, built into
/// the product.
/// </summary>
public static class DocumentTemplates
{
    /// <summary>The name of the school's templates folder.</summary>
    public const string FolderName = "templates";

    /// <summary>The school's templates folder: beside a SQLite database file, or in the current folder for PostgreSQL.</summary>
    public static string FolderFor(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var folder = workspace.Database.IsPostgres ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(workspace.Database.Path)) ?? Directory.GetCurrentDirectory();
        return Path.Combine(folder, FolderName);
    }

    /// <summary>The school's template file for a kind and language (it may not exist).</summary>
    public static string SchoolFile(string folder, DocumentKind kind, Language language) => Path.Combine(folder, language.Code(), kind.FileName());

    /// <summary>Opens the template: the school's file when there is one, else the shipped one; with the name an error shows.</summary>
    internal static (Stream Stream, string Name) Open(DocumentKind kind, Language language, string? schoolFolder)
    {
        if (schoolFolder is not null && SchoolFile(schoolFolder, kind, language) is var own && File.Exists(own))
        {
            return (File.OpenRead(own), own);
        }

        var name = FolderName + "/" + language.Code() + "/" + kind.FileName();
        var stream = typeof(DocumentTemplates).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("The shipped template " + name + " is not built in; see seeds/templates.");
        return (stream, "seeds/" + name);
    }
}
