using Bulletin.Docs.Validation;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Validation;

public sealed class ValidationFuzzTests
{
    private const int Iterations = 300;

    [Test]
    public void Validation_never_throws_on_hostile_documents_and_reports_every_problem_with_a_path()
    {
        var documentsWithProblems = 0;
        for (var seed = 0; seed < Iterations; seed++)
        {
            var generator = new RandomBulletins(seed, hostile: true);
            var document = generator.Document();
            var theme = generator.Theme();

            IReadOnlyList<ValidationProblem> problems = [];
            Assert.DoesNotThrow(() => problems = BulletinValidator.Validate(document, theme), $"seed {seed}");
            Assert.That(problems.All(p => p.Path.Length > 0 && p.Message.Length > 0), Is.True, $"seed {seed}");
            try
            {
                BulletinValidator.ThrowIfInvalid(document, theme);
                Assert.That(problems, Is.Empty, $"seed {seed}: ThrowIfInvalid passed although Validate found problems");
            }
            catch (BulletinValidationException exception)
            {
                Assert.That(exception.Problems, Is.EqualTo(problems), $"seed {seed}");
                documentsWithProblems++;
            }
        }

        // The generator must really be hostile, or the test proves nothing.
        Assert.That(documentsWithProblems, Is.GreaterThan(Iterations / 2));
    }

    [Test]
    public void Well_formed_random_documents_validate_clean()
    {
        for (var seed = 0; seed < Iterations; seed++)
        {
            var generator = new RandomBulletins(seed, hostile: false);
            var document = generator.Document();
            var problems = BulletinValidator.Validate(document, generator.Theme());
            Assert.That(problems.Select(p => p.ToString()), Is.Empty, $"seed {seed}");
        }
    }

    /// <summary>
    /// Through the Word writer: either a .docx, or a <see cref="BulletinValidationException"/>
    /// with nothing written — never another exception. Runs once the Word writer has landed.
    /// </summary>
    [Test]
    [Category("RequiresWriter")]
    public void Word_writer_either_writes_or_throws_a_validation_exception_before_writing()
    {
        for (var seed = 0; seed < Iterations; seed++)
        {
            foreach (var hostile in new[] { true, false })
            {
                var generator = new RandomBulletins(seed, hostile);
                var document = generator.Document();
                var options = new BulletinOptions { Theme = generator.Theme() };
                var expectValid = BulletinValidator.Validate(document, options.Theme).Count == 0;
                using var output = new MemoryStream();
                try
                {
                    BulletinDocx.Write(document, output, options);
                    Assert.That(expectValid, Is.True, $"seed {seed}, hostile {hostile}: the writer accepted a document validation rejects");
                    Assert.That(output.Length, Is.GreaterThan(0), $"seed {seed}, hostile {hostile}");
                }
                catch (BulletinValidationException)
                {
                    Assert.That(expectValid, Is.False, $"seed {seed}, hostile {hostile}: validation exception on a valid document");
                    Assert.That(output.Length, Is.Zero, $"seed {seed}, hostile {hostile}: bytes written before validation failed");
                }
                catch (Exception exception)
                {
                    Assert.Fail($"seed {seed}, hostile {hostile}: {exception.GetType().Name} instead of success or BulletinValidationException: {exception}");
                }
            }
        }
    }
}
