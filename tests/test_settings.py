import pytest

from vigie.errors import ConfigError
from vigie.parallel import available_cores
from vigie.settings import Settings


def test_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = Settings.load(env={})
    assert settings.model == "fr_core_news_md" and settings.batch_size == 32
    assert settings.processes == available_cores()  # default: all cores
    assert settings.actors == [] and settings.keep_sourceless is False


def test_layers_file_then_environment_then_flags(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "actors.yaml").write_text("people: []\n", encoding="utf-8")
    (tmp_path / "vigie.toml").write_text('[vigie]\nbatch_size = 8\nprocesses = 2\nmodel = "fr_core_news_sm"\n',
                                         encoding="utf-8")
    settings = Settings.load(env={"VIGIE_PROCESSES": "3", "VIGIE_KEEP_SOURCELESS": "yes",
                                  "VIGIE_ACTORS": "actors.yaml"},
                             overrides={"model": "fr_core_news_md", "batch_size": None})
    assert settings.batch_size == 8          # file
    assert settings.processes == 3           # environment beats file
    assert settings.model == "fr_core_news_md"  # flag beats file
    assert settings.keep_sourceless is True and settings.actors == ["actors.yaml"]


@pytest.mark.parametrize("content, message", [
    ("[vigie]\nbatch_size = 0\n", "batch_size must be at least 1"),
    ("[vigie]\ncolour = 'blue'\n", "unknown setting 'colour'"),
    ("[vigie]\nprocesses = 'two'\n", "'processes' cannot be 'two'"),
    ("[vigie\n", "not valid TOML"),
    ("[vigie]\nactors = ['missing.yaml']\n", "does not exist"),
])
def test_bad_settings_say_what_to_fix(tmp_path, content, message):
    path = tmp_path / "conf.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        Settings.load(path, env={})
