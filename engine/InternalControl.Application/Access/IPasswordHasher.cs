namespace InternalControl.Application.Access;

/// <summary>Hashes and checks passwords; the web host supplies ASP.NET Core Identity's hasher.</summary>
public interface IPasswordHasher
{
    string Hash(string password);

    bool Verify(string hash, string password);
}
