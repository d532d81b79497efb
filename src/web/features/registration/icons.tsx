// Small line icons that go beside a text, never instead of it: hidden from screen readers.
import type { ReactNode } from 'react';
import './icons.css';

function Icon({ children, className }: { children: ReactNode; className?: string | undefined }) {
  return (
    <svg
      className={['icon', className].filter(Boolean).join(' ')}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const CheckIcon = ({ className }: { className?: string }) => (
  <Icon className={className}>
    <circle cx="12" cy="12" r="9.5" />
    <path d="m7.5 12.5 3 3 6-6.5" />
  </Icon>
);

export const AttentionIcon = ({ className }: { className?: string }) => (
  <Icon className={className}>
    <path d="M12 3 2.5 20h19z" />
    <path d="M12 10v4.5M12 17.2v.1" />
  </Icon>
);

export const ClockIcon = ({ className }: { className?: string }) => (
  <Icon className={className}>
    <circle cx="12" cy="12" r="9.5" />
    <path d="M12 7v5l3.5 2" />
  </Icon>
);

export const CrossedIcon = ({ className }: { className?: string }) => (
  <Icon className={className}>
    <circle cx="12" cy="12" r="9.5" />
    <path d="m5.5 5.5 13 13" />
  </Icon>
);

export const HomeIcon = ({ className }: { className?: string }) => (
  <Icon className={className}>
    <path d="M3.5 11 12 4l8.5 7" />
    <path d="M6 9.5V20h12V9.5" />
  </Icon>
);

export const ChevronIcon = ({ direction, className }: { direction: 'left' | 'right'; className?: string }) => (
  <Icon className={className}>
    <path d={direction === 'left' ? 'm14.5 6-6 6 6 6' : 'm9.5 6 6 6-6 6'} />
  </Icon>
);

export const KeyboardIcon = ({ className }: { className?: string }) => (
  <Icon className={className}>
    <rect x="2.5" y="6" width="19" height="12" rx="2" />
    <path d="M6.5 10h1M10.5 10h1M14.5 10h1M8 14h8" />
  </Icon>
);
