import { useEffect, useState } from 'react';

type Theme = 'light' | 'dark';

/** Follows the system setting until the user picks one for this tab. */
export function useTheme(): [Theme, () => void] {
  const system: Theme = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const [theme, setTheme] = useState<Theme>((sessionStorage.getItem('quire.console.theme') as Theme) || system);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const toggle = () => {
    const next = theme === 'dark' ? 'light' : 'dark';
    sessionStorage.setItem('quire.console.theme', next);
    setTheme(next);
  };
  return [theme, toggle];
}
